import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { formatDate } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC } from '../../../lib/trpc';
import { useUnitOptions } from '../../operator/use-operator-units';
import { CarryOverResult, type TCarryResult } from './carry-over-result';
import { CarryOverTable } from './carry-over-table';
import { isCarryable, listSourcePeriods, listTargetPeriods, summarizeSelection } from './carry-over-view';
import './carry-over.css';

type TSelection =
  { kind: 'INNOVATIONS'; innovationIds: string[] } | { kind: 'UNIT'; unitId: string } | { kind: 'REGION' };

/**
 * ADMIN: carry innovations of a closed year into the next one (flow 5, the two-year rule). Choose the source
 * and target period (kept in the address as `?from=&to=`), see each innovation with the rule's verdict and
 * reason, choose, confirm, and see what was carried and what was skipped.
 */
export default function CarryOverPage() {
  const { t } = useTranslation('carry-over');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<TCarryResult | null>(null);
  const periods = useQuery(trpc.period.list.queryOptions());
  const units = useUnitOptions();

  const sources = listSourcePeriods(periods.data ?? []);
  const source = sources.find((p) => p.id === params.get('from')) ?? sources[0];
  const targets = listTargetPeriods(periods.data ?? [], source?.year);
  const target = targets.find((p) => p.id === params.get('to')) ?? targets[0];
  const choose = (key: 'from' | 'to', id: string) => {
    setSelected([]);
    setResult(null);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, id);
        if (key === 'from') next.delete('to');
        return next;
      },
      { replace: true },
    );
  };

  const candidates = useQuery({
    ...trpc.carryOver.candidates.queryOptions({
      sourcePeriodId: source?.id ?? '',
      targetPeriodId: target?.id ?? '',
      unitId,
    }),
    enabled: source !== undefined && target !== undefined,
  });
  const carry = useMutation(
    trpc.carryOver.carry.mutationOptions({
      onSuccess: async (data) => {
        setResult(data);
        setSelected([]);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.carryOver.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.innovation.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.period.pathKey() }),
        ]);
      },
    }),
  );

  const items = candidates.data?.items ?? [];
  const chosen = summarizeSelection(items, selected);
  const allEligible = summarizeSelection(
    items,
    items.filter(isCarryable).map((i) => i.innovationId),
  );
  const confirm = (selection: TSelection, count: number, needNote: number) => {
    if (!source || !target) return;
    modal.confirm({
      title:
        selection.kind === 'INNOVATIONS'
          ? t('confirm.title', { count, year: target.year })
          : t('confirm.titleAll', { year: target.year }),
      content: (
        <Flex vertical gap={8}>
          <span>{t('confirm.body', { year: target.year })}</span>
          {needNote > 0 && <strong>{t('confirm.needNote', { count: needNote })}</strong>}
        </Flex>
      ),
      okText: t('confirm.ok'),
      cancelText: t('confirm.cancel'),
      onOk: () =>
        carry
          .mutateAsync({ sourcePeriodId: source.id, targetPeriodId: target.id, selection })
          .catch(() => undefined),
    });
  };

  return (
    <section className="carry-over-page">
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <ErrorAlert error={periods.error ?? units.error ?? candidates.error ?? carry.error} />
      {periods.isSuccess && !source && <Alert type="info" showIcon title={t('noSource')} />}
      {source && !target && <Alert type="info" showIcon title={t('noTarget', { year: source.year })} />}
      <Flex gap={8} wrap className="carry-over-filters">
        <Select
          aria-label={t('source')}
          placeholder={t('source')}
          value={source?.id}
          onChange={(id: string) => choose('from', id)}
          options={sources.map((p) => ({ value: p.id, label: `${t('source')}: ${p.name}` }))}
          loading={periods.isPending}
        />
        <Select
          aria-label={t('target')}
          placeholder={t('target')}
          value={target?.id}
          onChange={(id: string) => choose('to', id)}
          options={targets.map((p) => ({ value: p.id, label: `${t('target')}: ${p.name}` }))}
          disabled={!source}
        />
        <Select
          aria-label={t('unit')}
          placeholder={t('allUnits')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={unitId}
          onChange={(id?: string) => {
            setUnitId(id);
            setSelected([]);
          }}
          options={units.options}
          loading={units.isPending}
        />
      </Flex>
      {candidates.data && (
        <Flex gap={8} wrap align="center" className="carry-over-summary">
          <Typography.Text>
            {t('window', {
              year: candidates.data.target.year,
              from: formatDate(candidates.data.window.from, lng, timeZone),
              to: formatDate(candidates.data.window.to, lng, timeZone),
            })}
          </Typography.Text>
          <Tag color="success">{t('counts.eligible', { count: candidates.data.counts.eligible })}</Tag>
          <Tag color="warning">
            {t('counts.developmentRequired', { count: candidates.data.counts.developmentRequired })}
          </Tag>
          <Tag color="error">{t('counts.ineligible', { count: candidates.data.counts.ineligible })}</Tag>
          <Tag color="processing">
            {t('counts.alreadyThere', {
              count: candidates.data.counts.alreadyThere,
              year: candidates.data.target.year,
            })}
          </Tag>
        </Flex>
      )}
      {result && <CarryOverResult result={result} onClose={() => setResult(null)} />}
      <Flex gap={8} wrap justify="end" className="carry-over-actions">
        <Button
          disabled={allEligible.count === 0}
          loading={carry.isPending}
          onClick={() =>
            confirm(
              unitId ? { kind: 'UNIT', unitId } : { kind: 'REGION' },
              allEligible.count,
              allEligible.needNote,
            )
          }
        >
          {t('carryAll')}
        </Button>
        <Button
          type="primary"
          disabled={chosen.count === 0}
          loading={carry.isPending}
          onClick={() =>
            confirm({ kind: 'INNOVATIONS', innovationIds: chosen.ids }, chosen.count, chosen.needNote)
          }
        >
          {t('carrySelected', { count: chosen.count })}
        </Button>
      </Flex>
      <CarryOverTable
        data={candidates.data}
        loading={candidates.isFetching}
        selected={selected}
        onSelect={setSelected}
      />
    </section>
  );
}
