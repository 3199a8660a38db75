import { formatDecimalText, maxSpdX100 } from '@inovda/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../lib/use-language';
import type { TLanguage } from '../../../i18n/languages';
import { formatScore } from '../../../lib/format';
import { useTRPC } from '../../../lib/trpc';
import { useEditionPack } from '../../../lib/use-edition-pack';
import { usePeriodParam } from '../../../lib/use-period-param';
import { PeriodPageHeader } from '../../../components/period-page-header';
import { SpdRowForm } from './spd-row-form';
import type { toSpdInput } from './spd-row-schema';
import { listSpdFormRows } from './spd-rows';

const EDITABLE = new Set(['PLANNING', 'OPEN', 'REVIEW']);

/** A stored raw figure (machine writing, '1250000.5') as the form shows it: '1.250.000,5' in Indonesian. */
function readRaw(raw: unknown, key: 't1' | 't2' | 'value', lng: TLanguage): string {
  if (!raw || typeof raw !== 'object') return '';
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? formatDecimalText(String(value), lng) : '';
}

/** ADMIN: the region-level SPD indicators of a period, row by row, with the SPD score they give. */
export default function SpdPage() {
  const { t } = useTranslation('admin');
  const lng = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const periodParam = usePeriodParam();
  const { periods, period } = periodParam;
  const list = useQuery({
    ...trpc.spd.list.queryOptions({ periodId: period?.id ?? '' }),
    enabled: period !== undefined,
  });
  const set = useMutation(
    trpc.spd.set.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.spd.pathFilter());
        await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
    }),
  );
  // The period's edition through the API: built-in or the region's custom one.
  const pack = useEditionPack(period?.editionCode);
  const edition = period ? pack.edition : undefined;
  const readOnly = period ? !EDITABLE.has(period.state) : true;
  const answers = new Map((list.data?.rows ?? []).map((r) => [r.code, r.answer]));

  const save = async (code: string, input: ReturnType<typeof toSpdInput>) => {
    if (!period) return;
    await set.mutateAsync({
      periodId: period.id,
      code,
      version: answers.get(code)?.version ?? null,
      ...input,
    });
    // One toast that each row's save refreshes, not one per row.
    void message.success({ content: t('saved'), key: 'spd-saved' });
  };

  return (
    <section>
      <PeriodPageHeader
        title={t('spd.title')}
        intro={t('spd.intro')}
        periodLabel={t('spd.period')}
        periodParam={periodParam}
      />
      <ErrorAlert error={periods.error ?? list.error ?? pack.error} />
      {readOnly && period && (
        <Alert type="info" showIcon title={t('spd.locked')} style={{ marginBottom: 12 }} />
      )}
      {period && !edition && !pack.isPending && !pack.error && (
        <Alert type="warning" showIcon title={t('spd.customEdition', { code: period.editionCode })} />
      )}
      {!list.data || !edition ? (
        (list.isPending || pack.isPending) && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Statistic
            title={t('spd.total')}
            value={`${formatScore(list.data.spdX100, lng)} / ${formatScore(maxSpdX100(edition), lng)}`}
            style={{ marginBottom: 16 }}
          />
          <Row gutter={[16, 16]}>
            {listSpdFormRows(edition).map((formRow) => {
              const answer = answers.get(formRow.row.code) ?? null;
              return (
                <Col xs={24} xl={12} key={formRow.row.code}>
                  <SpdRowForm
                    key={`${formRow.row.code}-${answer?.version ?? 0}-${lng}`}
                    edition={edition}
                    formRow={formRow}
                    savedTier={answer?.tier ?? null}
                    readOnly={readOnly}
                    initial={{
                      tier: answer?.tier ?? 0,
                      t1: readRaw(answer?.rawValues, 't1', lng),
                      t2: readRaw(answer?.rawValues, 't2', lng),
                      value: readRaw(answer?.rawValues, 'value', lng),
                      note: answer?.note ?? '',
                    }}
                    onSave={(input) => save(formRow.row.code, input)}
                  />
                </Col>
              );
            })}
          </Row>
        </>
      )}
    </section>
  );
}
