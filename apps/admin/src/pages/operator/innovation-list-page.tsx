import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Grid, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { StateBadge } from '../../components/state-badge';
import { useLanguage } from '../../lib/use-language';
import { daysUntil, formatDate, formatDaysRelative, formatScore } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useTRPC } from '../../lib/trpc';
import { SUBMISSION_STATES } from '@inovda/domain';
import { withPeriod } from './archive-banner';
import { InnovationCards } from './innovation-cards';
import { pickWorkingPeriod, type TInnovationListItem } from './operator-data';
import './operator-pages.css';

const STATES = SUBMISSION_STATES;
type TState = (typeof STATES)[number];

/** My unit's innovations: state, claimed maturity and deadline, filtered and paged on the server. */
export default function InnovationListPage() {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation();
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const periods = useQuery(trpc.period.list.queryOptions());
  const [periodId, setPeriodId] = useState<string | undefined>();
  const [state, setState] = useState<TState | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const activePeriodId = periodId ?? pickWorkingPeriod(periods.data ?? [])?.id;
  const list = useQuery({
    ...trpc.innovation.list.queryOptions({
      periodId: activePeriodId,
      state,
      search: search || undefined,
      page: page.page,
      pageSize: page.pageSize,
    }),
    enabled: periods.isSuccess,
    placeholderData: keepPreviousData,
  });
  const now = new Date();
  const wide = Boolean(Grid.useBreakpoint().md);
  const claimed = (row: TInnovationListItem) =>
    row.submission ? formatScore(row.submission.claimedMaturityX100, lng) : tc('none');
  const deadline = (row: TInnovationListItem) => {
    const at = row.submission?.period.internalDeadline;
    if (!at) return t('list.noDeadline');
    const days = daysUntil(at, now, timeZone);
    return (
      <span className={days < 0 ? 'deadline-passed' : days <= 7 ? 'deadline-near' : undefined}>
        {formatDate(at, lng, timeZone)} ({formatDaysRelative(days, lng)})
      </span>
    );
  };
  const pagination = {
    current: page.page,
    pageSize: page.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total: number) => t('list.total', { count: total }),
    onChange: (current: number, pageSize: number) => setPage({ page: current, pageSize }),
  };

  const columns: TableProps<TInnovationListItem>['columns'] = [
    {
      title: t('list.columns.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link to={withPeriod(`/innovations/${row.id}/indicators`, activePeriodId)}>{name}</Link>
      ),
    },
    { title: t('list.columns.unit'), key: 'unit', render: (_, row) => row.unit.short },
    {
      title: t('list.columns.state'),
      key: 'state',
      render: (_, row) => (row.submission ? <StateBadge state={row.submission.state} /> : tc('none')),
    },
    {
      title: t('list.columns.claimed'),
      key: 'claimed',
      align: 'right',
      sorter: (a, b) => (a.submission?.claimedMaturityX100 ?? 0) - (b.submission?.claimedMaturityX100 ?? 0),
      render: (_, row) => claimed(row),
    },
    { title: t('list.columns.deadline'), key: 'deadline', render: (_, row) => deadline(row) },
    {
      title: t('list.columns.actions'),
      key: 'actions',
      render: (_, row) => (
        <Flex gap={8} wrap>
          <Link to={withPeriod(`/innovations/${row.id}/profile`, activePeriodId)}>{t('list.profile')}</Link>
          <Link to={withPeriod(`/innovations/${row.id}/indicators`, activePeriodId)}>
            {t('list.indicators')}
          </Link>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div>
          <Typography.Title level={2} className="page-title">
            {t('list.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('list.intro')}</Typography.Paragraph>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/innovations/new')}>
          {t('list.create')}
        </Button>
      </Flex>
      <Flex gap={8} wrap className="list-filters">
        <Select
          aria-label={t('list.period')}
          value={activePeriodId}
          onChange={(id: string) => {
            setPeriodId(id);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          loading={periods.isPending}
          style={{ minWidth: 160 }}
        />
        <Select<TState>
          aria-label={t('list.columns.state')}
          placeholder={t('list.columns.state')}
          allowClear
          value={state}
          onChange={(value) => {
            setState(value);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          options={STATES.map((s) => ({ value: s, label: tc(`state.${s}`) }))}
          style={{ minWidth: 160 }}
        />
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          allowClear
          onSearch={(value) => {
            setSearch(value.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ maxWidth: 280 }}
        />
      </Flex>
      <ErrorAlert error={periods.error ?? list.error} />
      {wide ? (
        <Table<TInnovationListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('list.empty') }}
          pagination={pagination}
        />
      ) : (
        <InnovationCards
          items={list.data?.items ?? []}
          periodId={activePeriodId}
          loading={list.isFetching}
          claimed={claimed}
          deadline={deadline}
          pagination={pagination}
        />
      )}
    </Flex>
  );
}
