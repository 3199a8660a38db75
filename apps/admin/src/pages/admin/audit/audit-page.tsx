import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMATS } from '../../../components/rhf-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { formatDateTime } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC, type TRouterInputs, type TRouterOutputs } from '../../../lib/trpc';
import { useCursorPages } from '../use-cursor-pages';
import { diffAuditSnapshots } from './audit-diff';
import { describeAuditAction, describeAuditSubject, fieldWords, valueWords } from './audit-words';
import { labelOf } from '../../../lib/labels';
import { useFitTable } from '../../../components/use-fit-table';

type TAuditEvent = TRouterOutputs['audit']['list']['items'][number];

type TAuditKind = Exclude<TRouterInputs['audit']['list'], void | undefined>['kind'];
const KINDS: NonNullable<TAuditKind>[] = [
  'workflow',
  'review',
  'answers',
  'innovations',
  'sending',
  'settings',
  'account',
];
const PAGE_SIZE = 25;

function ChangeList({ event }: { event: TAuditEvent }) {
  const { t } = useTranslation('admin');
  const changes = diffAuditSnapshots(event.before, event.after);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={changes}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', render: (f: string) => fieldWords(f, t) },
        {
          title: t('audit.before'),
          key: 'before',
          render: (_: unknown, c) => (
            <span style={{ wordBreak: 'break-all' }}>{valueWords(event.entity, c.field, c.before, t)}</span>
          ),
        },
        {
          title: t('audit.after'),
          key: 'after',
          render: (_: unknown, c) => (
            <span style={{ wordBreak: 'break-all' }}>{valueWords(event.entity, c.field, c.after, t)}</span>
          ),
        },
      ]}
    />
  );
}

/**
 * ADMIN: the append-only audit trail, newest first, one page at a time: who did what, in words, on which
 * innovation and indicator. The filters (person, innovation, kind of action, days) run on the server.
 */
export default function AuditPage() {
  const { t } = useTranslation('admin');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const [actorId, setActorId] = useState<string | undefined>();
  const [innovationId, setInnovationId] = useState<string | undefined>();
  const [kind, setKind] = useState<TAuditKind>();
  const options = useQuery(trpc.audit.filterOptions.queryOptions());
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const from = range?.[0]?.startOf('day').toDate();
  // The API's `to` is exclusive: the day after the chosen last day.
  const to = range?.[1]?.add(1, 'day').startOf('day').toDate();
  const pages = useCursorPages(
    [actorId, innovationId, kind, from?.toISOString(), to?.toISOString()].join('|'),
  );
  const list = useQuery({
    ...trpc.audit.list.queryOptions({
      actorId,
      innovationId,
      kind,
      from,
      to,
      cursor: pages.cursor,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  const fit = useFitTable();
  const columns: TableColumnsType<TAuditEvent> = [
    {
      fixed: fit.keyColumn.fixed,
      title: t('audit.at'),
      dataIndex: 'at',
      render: (d: Date) => formatDateTime(d, lng, timeZone),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_: unknown, e) =>
        e.actor ? (
          <>
            {e.actor.name}
            <div style={{ fontSize: 12, color: '#666' }}>{labelOf(t, 'Role', e.actor.role)}</div>
          </>
        ) : (
          t('audit.system')
        ),
    },
    { title: t('audit.action'), key: 'action', render: (_: unknown, e) => describeAuditAction(e, t) },
    {
      title: t('audit.subject'),
      key: 'subject',
      render: (_: unknown, e) => describeAuditSubject(e, t) || t('none', { ns: 'common' }),
      responsive: ['md'],
    },
  ];

  return (
    <section>
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.person')}
          aria-label={t('audit.person')}
          value={actorId}
          onChange={setActorId}
          options={(options.data?.people ?? []).map((p) => ({
            value: p.id,
            label: `${p.name} (${labelOf(t, 'Role', p.role)})`,
          }))}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.innovation')}
          aria-label={t('audit.innovation')}
          value={innovationId}
          onChange={setInnovationId}
          options={(options.data?.innovations ?? []).map((i) => ({
            value: i.id,
            label: `${i.name} (${i.unitShort})`,
          }))}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('audit.kind')}
          aria-label={t('audit.kind')}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) }))}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          aria-label={t('audit.range')}
          allowEmpty={[true, true]}
          format={DATE_INPUT_FORMATS}
          placeholder={[
            t('dateInput.placeholder', { ns: 'common' }),
            t('dateInput.placeholder', { ns: 'common' }),
          ]}
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<TAuditEvent>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        expandable={{ expandedRowRender: (event) => <ChangeList event={event} /> }}
        pagination={false}
        scroll={fit.scroll}
        locale={{ emptyText: t('audit.empty') }}
      />
      <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 12 }}>
        <span>{t('audit.page', { page: pages.page })}</span>
        <Flex gap={8}>
          <Button disabled={!pages.hasPrevious} onClick={pages.previous}>
            {t('previousPage')}
          </Button>
          <Button
            disabled={!list.data?.nextCursor}
            onClick={() => pages.next(list.data?.nextCursor ?? undefined)}
          >
            {t('nextPage')}
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
