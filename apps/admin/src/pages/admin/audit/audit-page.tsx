import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMATS } from '../../../components/rhf-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { useLanguage } from '../../../features/dashboard/use-language';
import { formatDateTime } from '../../../lib/format';
import { useRegionTimeZone } from '../../../lib/region-time-zone';
import { useTRPC, type TRouterOutputs } from '../../../lib/trpc';
import { useCursorPages } from '../use-cursor-pages';
import { diffAuditSnapshots } from './audit-diff';
import { useFitTable } from '../../../components/use-fit-table';

type TAuditEvent = TRouterOutputs['audit']['list']['items'][number];

const ENTITIES = [
  'Period',
  'Unit',
  'User',
  'Innovation',
  'Submission',
  'IndicatorAnswer',
  'SpdAnswer',
  'EvidenceFile',
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
        { title: t('audit.field'), dataIndex: 'field' },
        {
          title: t('audit.before'),
          dataIndex: 'before',
          render: (v: string) => <code style={{ wordBreak: 'break-all' }}>{v}</code>,
        },
        {
          title: t('audit.after'),
          dataIndex: 'after',
          render: (v: string) => <code style={{ wordBreak: 'break-all' }}>{v}</code>,
        },
      ]}
    />
  );
}

/** ADMIN: the append-only audit trail, newest first, filtered by entity, action and time, one page at a time. */
export default function AuditPage() {
  const { t } = useTranslation('admin');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const [entity, setEntity] = useState<string | undefined>();
  const [action, setAction] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const from = range?.[0]?.startOf('day').toDate();
  // The API's `to` is exclusive: the day after the chosen last day.
  const to = range?.[1]?.add(1, 'day').startOf('day').toDate();
  const pages = useCursorPages([entity, action, from?.toISOString(), to?.toISOString()].join('|'));
  const list = useQuery({
    ...trpc.audit.list.queryOptions({
      entity,
      action: action || undefined,
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
    { title: t('audit.actor'), key: 'actor', render: (_: unknown, e) => e.actor?.name ?? t('audit.system') },
    { title: t('audit.action'), dataIndex: 'action', render: (a: string) => <code>{a}</code> },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_: unknown, e) => (
        <>
          {e.entity}
          <div style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>{e.entityId}</div>
        </>
      ),
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
          placeholder={t('audit.entity')}
          aria-label={t('audit.entity')}
          value={entity}
          onChange={setEntity}
          options={ENTITIES.map((e) => ({ value: e, label: e }))}
          style={{ width: 180 }}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.actionPlaceholder')}
          aria-label={t('audit.action')}
          onSearch={(v) => setAction(v.trim())}
          style={{ width: 220, maxWidth: '100%' }}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          aria-label={t('audit.range')}
          allowEmpty={[true, true]}
          format={DATE_INPUT_FORMATS}
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
