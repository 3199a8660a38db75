import { formatX100Input } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Skeleton, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { formatScore } from '../../../lib/format';
import { useTRPC } from '../../../lib/trpc';
import { useSession } from '../../../lib/use-session';
import { usePeriodParam } from '../../../lib/use-period-param';
import { PeriodPageHeader } from '../../../components/period-page-header';
import { NationalRegionForm, PREDICATE_OPTIONS, type TNationalPredicate } from './national-region-form';
import { NationalSummary } from './national-summary';
import { NationalTable } from './national-table';
import { chartData } from './national-view';

// recharts is large: the chart is its own chunk, like the dashboard's.
const NationalChart = lazy(() => import('./national-chart'));
const CLOSED_STATES = new Set(['CLOSED', 'ARCHIVED']);

/** The stored predicate (a string column) when it is one of the four, else the projected one as a default. */
function asPredicate(stored: string | undefined, projected: TNationalPredicate): TNationalPredicate {
  return PREDICATE_OPTIONS.find((p) => p === stored) ?? projected;
}

/**
 * "Hasil penilaian nasional": what BSKDN published after the package was sent (per innovation the national
 * maturity, for the region the final IID and predicate) next to klaim and terverifikasi. ADMIN records, VERIFIER
 * and VIEWER read. Works on closed and archived periods: the national outcome arrives after the year closed.
 */
export default function NationalResultsPage() {
  const { t } = useTranslation(['national', 'dashboard']);
  const lng = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { user } = useSession();
  const canEdit = user?.role === 'ADMIN';
  const periodParam = usePeriodParam();
  const { periods, period } = periodParam;
  const list = useQuery({
    ...trpc.nationalResult.list.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.nationalResult.pathFilter());
    void message.success({ content: t('saved'), key: 'national-saved' });
  };
  const set = useMutation(trpc.nationalResult.set.mutationOptions({ onSuccess }));
  const clear = useMutation(trpc.nationalResult.clear.mutationOptions({ onSuccess }));
  const setRegion = useMutation(trpc.nationalResult.setRegion.mutationOptions({ onSuccess }));
  const data = list.data;
  const decimal = lng === 'id' ? ',' : '.';

  if (periods.isSuccess && !period) return <Alert type="info" showIcon title={t('noPeriod')} />;
  return (
    <section>
      <PeriodPageHeader
        title={t('title')}
        intro={t('intro')}
        periodLabel={t('period')}
        periodParam={periodParam}
      />
      <ErrorAlert error={periods.error ?? list.error} />
      {!data ? (
        list.isPending && period && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {canEdit && CLOSED_STATES.has(data.period.state) && (
            <Alert type="info" showIcon title={t('closedNote')} />
          )}
          {!canEdit && <Alert type="info" showIcon title={t('readOnly')} />}
          <NationalSummary summary={data.summary} region={data.region} lng={lng} />
          {canEdit && (
            <Card size="small" title={t('region.formTitle')}>
              <NationalRegionForm
                key={`${data.period.id}-${data.region.national?.version ?? 0}`}
                initial={{
                  iid: data.region.national
                    ? formatX100Input(data.region.national.iidX100, decimal, { fixed: true })
                    : '',
                  predicate: asPredicate(data.region.national?.predicate, data.region.projectedPredicate),
                  sourceNote: data.region.national?.sourceNote ?? '',
                }}
                onSubmit={(values) =>
                  setRegion.mutateAsync({
                    periodId: data.period.id,
                    ...values,
                    version: data.region.national?.version ?? null,
                  })
                }
              />
            </Card>
          )}
          <Card size="small" title={t('tableTitle', { max: formatScore(data.maxMaturityX100, lng) })}>
            <NationalTable
              items={data.items}
              maxX100={data.maxMaturityX100}
              lng={lng}
              canEdit={canEdit}
              onSave={(submissionId, maturityX100, version) =>
                set.mutateAsync({ submissionId, maturityX100, version })
              }
              onClear={(submissionId, version) => clear.mutateAsync({ submissionId, version })}
            />
          </Card>
          {data.items.length > 0 && (
            <Card size="small" title={t('chart.title')}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
                <NationalChart
                  data={chartData(data.items)}
                  verifiedLabel={t('columns.verified')}
                  nationalLabel={t('columns.national')}
                  maxPoints={data.maxMaturityX100 / 100}
                />
              </Suspense>
            </Card>
          )}
        </Space>
      )}
    </section>
  );
}
