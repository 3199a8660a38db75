import { REVIEW_QUEUE_STATES } from '@inovda/domain';
import { useQueries } from '@tanstack/react-query';
import { Alert, Flex, Grid, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { StateBadge } from '../../components/state-badge';
import { ResubmittedTag } from '../../features/review/resubmitted-tag';
import { useLanguage } from '../../lib/use-language';
import { listQueueUnits, sortQueue, type TQueueRow } from '../../features/review/queue';
import { formatDate, formatDaysRelative, formatScore, daysUntil } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useTRPC } from '../../lib/trpc';
import { usePeriodParam } from '../../lib/use-period-param';
import { QueueCards } from './queue-cards';

/** The API's page size limit; a queue longer than this per state asks the verifier to search. */
const FETCH_SIZE = 100;

/** VERIFIER: submissions waiting for review or under review, by deadline and unit. */
export default function QueuePage() {
  const { t } = useTranslation(['verifier', 'common']);
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const { periods, period, setPeriodId } = usePeriodParam();
  const [search, setSearch] = useState('');
  const results = useQueries({
    queries: REVIEW_QUEUE_STATES.map((state) => ({
      ...trpc.innovation.list.queryOptions({
        periodId: period?.id,
        state,
        search: search || undefined,
        page: 1,
        pageSize: FETCH_SIZE,
      }),
      enabled: period !== undefined,
    })),
  });
  const truncated = results.some((r) => (r.data?.total ?? 0) > FETCH_SIZE);
  const error = results.find((r) => r.error)?.error ?? periods.error;
  const loading = results.some((r) => r.isFetching);
  const dataKey = results.map((r) => r.dataUpdatedAt).join('|');
  // Days left are counted from the moment the data was fetched, the same for every row.
  const fetchedAt = Math.max(0, ...results.map((r) => r.dataUpdatedAt));
  const now = useMemo(() => new Date(fetchedAt), [fetchedAt]);

  const rows = useMemo(() => {
    const all: TQueueRow[] = [];
    for (const r of results) {
      for (const item of r.data?.items ?? []) {
        if (!item.submission) continue;
        all.push({
          submissionId: item.submission.id,
          innovationId: item.id,
          innovationName: item.name,
          unitId: item.unit.id,
          unitName: item.unit.name,
          state: item.submission.state,
          claimedMaturityX100: item.submission.claimedMaturityX100,
          submittedAt: item.submission.submittedAt,
          deadline: item.submission.period.internalDeadline,
          submitCount: item.submission.submitCount,
        });
      }
    }
    return sortQueue(all);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `results` is a new array each render; dataKey tracks its data.
  }, [dataKey]);

  const wide = Boolean(Grid.useBreakpoint().md);
  const reviewPath = (row: TQueueRow) => `/review/${row.innovationId}${period ? `?period=${period.id}` : ''}`;
  const deadline = (row: TQueueRow) =>
    row.deadline ? (
      <>
        {formatDate(row.deadline, lng, timeZone)}
        <div style={{ fontSize: 12 }}>{formatDaysRelative(daysUntil(row.deadline, now, timeZone), lng)}</div>
      </>
    ) : (
      '–'
    );
  const submitted = (row: TQueueRow) => (row.submittedAt ? formatDate(row.submittedAt, lng, timeZone) : '–');
  const claimed = (row: TQueueRow) => formatScore(row.claimedMaturityX100, lng);

  const columns: TableColumnsType<TQueueRow> = [
    {
      title: t('queue.innovation'),
      dataIndex: 'innovationName',
      sorter: (a, b) => a.innovationName.localeCompare(b.innovationName, 'id'),
      render: (name: string, row) => <Link to={reviewPath(row)}>{name}</Link>,
    },
    {
      title: t('queue.unit'),
      dataIndex: 'unitName',
      filters: listQueueUnits(rows),
      filterSearch: true,
      onFilter: (value, row) => row.unitId === value,
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'id'),
    },
    {
      title: t('queue.state'),
      dataIndex: 'state',
      filters: REVIEW_QUEUE_STATES.map((s) => ({ text: t(`common:state.${s}`), value: s })),
      onFilter: (value, row) => row.state === value,
      render: (s: string, row) => (
        <>
          <StateBadge state={s} /> <ResubmittedTag submitCount={row.submitCount} />
        </>
      ),
    },
    {
      title: t('queue.deadline'),
      dataIndex: 'deadline',
      sorter: (a, b) => (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity),
      render: (_: unknown, row) => deadline(row),
    },
    {
      title: t('queue.submittedAt'),
      dataIndex: 'submittedAt',
      sorter: (a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0),
      render: (_: unknown, row) => submitted(row),
    },
    {
      title: t('queue.claimed'),
      dataIndex: 'claimedMaturityX100',
      align: 'right',
      sorter: (a, b) => a.claimedMaturityX100 - b.claimedMaturityX100,
      render: (_: unknown, row) => claimed(row),
    },
  ];

  return (
    <section>
      <Typography.Title level={2}>{t('queue.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('queue.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('queue.period')}
          value={period?.id}
          onChange={setPeriodId}
          loading={periods.isPending}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          style={{ minWidth: 160 }}
        />
        <Input.Search
          allowClear
          placeholder={t('queue.search')}
          aria-label={t('queue.search')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </Flex>
      <ErrorAlert error={error} />
      {truncated && (
        <Alert
          type="warning"
          showIcon
          title={t('queue.truncated', { count: FETCH_SIZE })}
          style={{ marginBottom: 12 }}
        />
      )}
      {wide ? (
        <Table<TQueueRow>
          rowKey="submissionId"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={rows}
          locale={{ emptyText: t('queue.empty') }}
          pagination={{ pageSize: 20, showSizeChanger: true }}
        />
      ) : (
        <QueueCards
          rows={rows}
          loading={loading}
          reviewPath={reviewPath}
          deadline={deadline}
          claimed={claimed}
          submitted={submitted}
        />
      )}
    </section>
  );
}
