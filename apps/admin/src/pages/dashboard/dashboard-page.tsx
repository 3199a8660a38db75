import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { CoveragePanel } from '../../features/dashboard/coverage-panel';
import { DeadlinePanel } from '../../features/dashboard/deadline-panel';
import { EvidenceGapPanel, EvidenceProjectionColumn } from '../../features/dashboard/evidence-projection';
import { DistributionPanel, PipelinePanel } from '../../features/dashboard/pipeline-panel';
import { PlanPanel } from '../../features/dashboard/plan-panel';
import { ProjectionCard } from '../../features/dashboard/projection-card';
import { RankingPanel } from '../../features/dashboard/ranking-panel';
import { useLanguage } from '../../lib/use-language';
import { WhatIfPanel } from '../../features/dashboard/what-if-panel';
import { YandasPanel } from '../../features/dashboard/yandas-panel';
import { getUrusan } from '@inovda/domain';
import { formatDate, formatDateTime } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useTRPC } from '../../lib/trpc';
import { useEditionPack } from '../../lib/use-edition-pack';
import { useSession } from '../../lib/use-session';
import './dashboard-print.css';
import { usePeriodParam } from '../../lib/use-period-param';
import { useVerifiedCandidates } from './use-verified-candidates';

const urusanLabel = (slug: string) => getUrusan(slug)?.label ?? slug;

/**
 * The steering dashboard of Bappeda (ADMIN), the verifiers, and leadership (VIEWER, read-only and printable):
 * projection, coverage, yandas, pipeline, ranking and deadlines of one period.
 */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const { user } = useSession();
  const { periods, period, setPeriodId } = usePeriodParam();
  const summary = useQuery({
    ...trpc.dashboard.summary.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  const data = summary.data;
  const verified = useVerifiedCandidates(period?.id);
  const plan = useQuery({
    ...trpc.dashboard.plan.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  // The IID the read evidence supports: advice that may still be computing, never holding the rest back.
  const evidence = useQuery({
    ...trpc.dashboard.evidence.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  const bestSet = useMemo(() => (plan.data ? new Set(plan.data.sendIds) : undefined), [plan.data]);
  const nameOf = (id: string) => verified.candidates.find((c) => c.id === id)?.name ?? id;
  // The period's edition through the API: built-in or the region's custom one (the what-if scores with it).
  const edition = useEditionPack(data?.period.editionCode).edition;
  const baseline = useMemo(
    () => new Set(verified.candidates.filter((c) => c.includeInSend).map((c) => c.id)),
    [verified.candidates],
  );
  // One "now" per fetch, so every panel judges deadlines against the same moment.
  const now = useMemo(() => new Date(summary.dataUpdatedAt), [summary.dataUpdatedAt]);
  const deadlineItems = useMemo(
    () =>
      (data?.atRisk.items ?? []).map((item) => ({
        submissionId: item.submissionId,
        innovationName: item.name,
        unitName: item.unitName,
        state: item.state,
        deadline: data?.period.internalDeadline ?? null,
      })),
    [data],
  );

  if (periods.isSuccess && !period) return <Alert type="info" showIcon title={t('noPeriod')} />;
  return (
    <section className="dashboard-grid">
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 0 }}>
            {t('title')}
          </Typography.Title>
          {data && (
            <Typography.Paragraph type="secondary">
              {t('subtitle', { period: data.period.name, edition: edition?.name ?? data.period.year })}
              {data.period.internalDeadline &&
                ` · ${t('internalDeadline', { date: formatDate(data.period.internalDeadline, lng, timeZone) })}`}
            </Typography.Paragraph>
          )}
          <p className="print-only">{t('printedAt', { date: formatDateTime(now, lng, timeZone) })}</p>
        </div>
        <Flex gap={8} wrap className="no-print">
          <Select
            aria-label={t('periodLabel')}
            value={period?.id}
            onChange={setPeriodId}
            loading={periods.isPending}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            style={{ minWidth: 160 }}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Flex>
      </Flex>
      {user?.role === 'VIEWER' && (
        <Alert className="no-print" type="info" title={t('readOnly')} style={{ marginBottom: 16 }} />
      )}
      <ErrorAlert error={periods.error ?? summary.error} />
      {!data ? (
        summary.isPending && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <ErrorAlert error={evidence.error} />
            <ProjectionCard
              verified={data.projection.verified}
              claimed={data.projection.claimed}
              evidence={
                evidence.data && (
                  <EvidenceProjectionColumn
                    supported={evidence.data.supported}
                    claimed={evidence.data.claimed}
                    indicators={evidence.data.indicators}
                  />
                )
              }
            />
          </Col>
          <Col xs={24} xl={12}>
            <PipelinePanel counts={data.pipeline} />
          </Col>
          <Col xs={24} xl={12}>
            <YandasPanel items={data.yandas.urusan} required={data.yandas.required} />
          </Col>
          <Col xs={24} xl={12}>
            <DistributionPanel maturitiesX100={verified.candidates.map((c) => c.maturityX100)} />
          </Col>
          <Col xs={24}>
            <ErrorAlert error={plan.error} />
            {plan.data && <PlanPanel plan={plan.data} nameOf={nameOf} />}
          </Col>
          <Col xs={24}>
            {verified.truncated && <Alert type="warning" showIcon title={t('whatIf.truncated')} />}
            <ErrorAlert error={verified.error} />
            {edition && !verified.isPending && (
              <WhatIfPanel
                // A new period or a refetch starts the simulation again from the stored send decision.
                key={`${period?.id ?? ''}-${summary.dataUpdatedAt}`}
                edition={edition}
                spdX100={data.projection.verified.spdX100}
                candidates={verified.candidates}
                initialIncluded={baseline}
                bestSet={bestSet}
                urusanLabel={urusanLabel}
                sendDecision={user?.role === 'ADMIN' && period ? { periodId: period.id } : undefined}
              />
            )}
          </Col>
          <Col xs={24}>
            <CoveragePanel units={data.coverage.units} />
          </Col>
          {evidence.data && (
            <Col xs={24}>
              <EvidenceGapPanel units={evidence.data.units} />
            </Col>
          )}
          <Col xs={24} xl={12}>
            <RankingPanel units={data.ranking} />
          </Col>
          <Col xs={24} xl={12}>
            <DeadlinePanel items={deadlineItems} now={now} />
          </Col>
        </Row>
      )}
    </section>
  );
}
