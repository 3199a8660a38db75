import { ISSUE_MESSAGES, maxMaturityX100, scoreInnovation, type TEditionPack } from '@inovda/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Grid, Row, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageSpin } from '../../components/full-page-spin';
import { StateBadge } from '../../components/state-badge';
import { useLanguage } from '../../lib/use-language';
import { useTRPC } from '../../lib/trpc';
import { useEditionPack } from '../../lib/use-edition-pack';
import { hasPendingCheck } from '../../features/evidence-check/evidence-check';
import { EvidenceCheckSummary } from '../../features/evidence-check/evidence-check-note';
import { hasVerifierFeedback, isAnswerComplete, type TAnswerView } from './indicators/answer-view';
import { IndicatorCard } from './indicators/indicator-card';
import { MaturitySummary } from './indicators/maturity-summary';
import { SubmitButton } from './indicators/submit-button';
import { useIndicatorActions } from './indicators/use-indicator-actions';
import { WorkspaceStickyBar } from './indicators/workspace-sticky-bar';
import { buildChecklist } from './readiness/readiness-items';
import { ReadinessChecklist } from './readiness/readiness-checklist';
import { ArchiveBanner, useViewedPeriodId, withPeriod } from './archive-banner';
import type { TInnovationDetail } from './operator-data';
import './indicators/indicators.css';
import './operator-pages.css';

type TFilter = 'all' | 'todo' | 'mandatory' | 'flagged';

function Workspace({
  detail,
  submission,
  edition,
  periodId,
}: {
  detail: TInnovationDetail;
  /** `detail.submission`, which the page checked. */
  submission: NonNullable<TInnovationDetail['submission']>;
  edition: TEditionPack;
  periodId: string | undefined;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  const navigate = useNavigate();
  const answers = submission.answers as (TAnswerView & { id: string; version: number })[];
  const { actions, busy, pendingTiers } = useIndicatorActions(submission.id, answers);
  const [filter, setFilter] = useState<TFilter>('all');
  const byCode = useMemo(() => new Map(answers.map((a) => [a.code, a])), [answers]);
  const editable = (detail.allowedActions as readonly string[]).includes('SUBMIT');
  // Below lg the side column comes after the cards: the phone gets the summary bar instead.
  const wide = Boolean(Grid.useBreakpoint().lg);

  // Live claimed maturity: the server's answers with the choices still on their way applied on top.
  const claimedX100 = useMemo(() => {
    const tiers: Record<string, number> = {};
    for (const indicator of edition.sid) tiers[indicator.code] = byCode.get(indicator.code)?.claimedTier ?? 0;
    return scoreInnovation(edition, { ...tiers, ...pendingTiers }).maturityX100;
  }, [edition, byCode, pendingTiers]);
  const checklist = buildChecklist(detail.readiness?.issues ?? [], ISSUE_MESSAGES, lng, (code) =>
    t('readiness.unknown', { code }),
  );
  const done = edition.sid.filter((i) => isAnswerComplete(byCode.get(i.code), i)).length;
  const visible = edition.sid.filter((indicator) => {
    const answer = byCode.get(indicator.code);
    if (filter === 'todo') return !isAnswerComplete(answer, indicator);
    if (filter === 'mandatory') return indicator.mandatory;
    if (filter === 'flagged') return hasVerifierFeedback(answer);
    return true;
  });

  const submitButton = (compact: boolean) => (
    <SubmitButton
      submissionId={submission.id}
      version={submission.version}
      state={submission.state}
      canSubmit={checklist.canSubmit && busy.size === 0}
      allowed={editable}
      onSubmitted={() => void navigate('/innovations')}
      compact={compact}
      internalDeadline={submission.period.internalDeadline}
    />
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary">
            {t('workspace.intro')} {t('workspace.official')}
          </Typography.Paragraph>
          <Flex gap={8} align="center" wrap justify="space-between">
            <Segmented<TFilter>
              aria-label={t('workspace.filter.label')}
              value={filter}
              onChange={setFilter}
              options={(['all', 'todo', 'mandatory', 'flagged'] as const).map((f) => ({
                value: f,
                label: t(`workspace.filter.${f}`),
              }))}
            />
            <span>{t('workspace.progress', { done, total: edition.sid.length })}</span>
          </Flex>
          {!editable && <Alert type="info" showIcon title={t('workspace.readOnly')} />}
          {visible.map((indicator) => (
            <IndicatorCard
              key={indicator.code}
              edition={edition}
              indicator={indicator}
              answer={byCode.get(indicator.code)}
              submissionId={submission.id}
              editable={editable}
              busy={busy.has(indicator.code)}
              pendingTier={pendingTiers[indicator.code]}
              actions={actions}
            />
          ))}
          {!wide && (
            <WorkspaceStickyBar
              claimedX100={claimedX100}
              blocking={checklist.blocking.length}
              checklistId="workspace-readiness"
              submit={submitButton(true)}
            />
          )}
        </Flex>
      </Col>
      <Col xs={24} lg={8}>
        <Flex vertical gap={12} className="workspace-side">
          <MaturitySummary
            claimedX100={claimedX100}
            verifiedX100={submission.state === 'DRAFT' ? null : submission.verifiedMaturityX100}
            maxX100={maxMaturityX100(edition)}
          />
          <div id="workspace-readiness">
            <ReadinessChecklist
              checklist={checklist}
              profilePath={withPeriod(`/innovations/${detail.id}/profile`, periodId)}
            />
          </div>
          <EvidenceCheckSummary
            answers={answers}
            indicatorNumber={(code) => edition.sid.find((i) => i.code === code)?.number ?? code}
          />
          {wide && submitButton(false)}
        </Flex>
      </Col>
    </Row>
  );
}

/** The indicator workspace of one innovation in its latest period. */
export default function IndicatorWorkspacePage() {
  const { innovationId = '' } = useParams();
  const { t } = useTranslation('operator');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const periodId = useViewedPeriodId();
  const detail = useQuery({
    ...trpc.innovation.byId.queryOptions({ id: innovationId, periodId }),
    // While evidence files are being read, look again until the check is there.
    refetchInterval: (query) => (hasPendingCheck(query.state.data?.submission?.answers) ? 5_000 : false),
  });
  // The period's edition through the API: built-in or the region's custom one.
  const pack = useEditionPack(detail.data?.submission?.period.editionCode);
  if (detail.isPending || pack.isPending) return <FullPageSpin />;
  if (detail.error || pack.error) return <ErrorAlert error={detail.error ?? pack.error} />;
  const data = detail.data;
  const edition = data.submission ? pack.edition : undefined;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} className="page-title">
            {data.name}
          </Typography.Title>
          {data.submission && <StateBadge state={data.submission.state} />}
        </Flex>
        <Button onClick={() => void navigate(withPeriod(`/innovations/${data.id}/profile`, periodId))}>
          {t('workspace.toProfile')}
        </Button>
      </Flex>
      {edition && (
        <Typography.Text type="secondary">{t('workspace.edition', { name: edition.name })}</Typography.Text>
      )}
      {data.archived && <ArchiveBanner year={data.submission?.period.year} />}
      {!data.submission || !edition ? (
        <Alert type="warning" showIcon title={t('workspace.noEdition')} />
      ) : (
        <Workspace detail={data} submission={data.submission} edition={edition} periodId={periodId} />
      )}
    </Flex>
  );
}
