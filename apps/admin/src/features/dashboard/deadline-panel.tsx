import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/state-badge';
import { formatDate, formatDaysRelative } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { listDeadlinesAtRisk, type TDeadlineAtRisk, type TDeadlineItem } from './deadline-risk';
import { useLanguage } from '../../lib/use-language';
import { useFitTable } from '../../components/use-fit-table';
import { usePrinting } from '../../components/use-printing';

/** Submissions with open work whose deadline is passed or within a week, most urgent first. */
export function DeadlinePanel({ items, now }: { items: readonly TDeadlineItem[]; now: Date }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const rows = useMemo(() => listDeadlinesAtRisk(items, now, { timeZone }), [items, now, timeZone]);
  const fit = useFitTable();
  const printing = usePrinting();
  const columns: TableColumnsType<TDeadlineAtRisk> = [
    {
      ...fit.keyColumn,
      title: t('deadlines.innovation'),
      dataIndex: 'innovationName',
      render: (name: string, row) => (
        <>
          {name}
          <div style={{ fontSize: 12, color: '#666' }}>{row.unitName}</div>
        </>
      ),
    },
    {
      title: t('deadlines.state'),
      dataIndex: 'state',
      render: (s: string) => <StateBadge state={s} />,
      responsive: ['sm'],
    },
    {
      title: t('deadlines.deadline'),
      dataIndex: 'deadline',
      sorter: (a, b) => a.deadline.getTime() - b.deadline.getTime(),
      render: (d: Date, row) => (
        <>
          <Tag color={row.risk === 'OVERDUE' ? 'red' : 'orange'}>{t(`deadlines.risk.${row.risk}`)}</Tag>
          <div>{formatDate(d, lng, timeZone)}</div>
          <div style={{ fontSize: 12 }}>{formatDaysRelative(row.daysLeft, lng)}</div>
        </>
      ),
    },
    {
      title: t('deadlines.owner'),
      dataIndex: 'owner',
      filters: (['OPERATOR', 'VERIFIER'] as const).map((o) => ({
        text: t(`deadlines.ownerName.${o}`),
        value: o,
      })),
      onFilter: (value, row) => row.owner === value,
      render: (o: string) => t(`deadlines.ownerName.${o}`),
    },
  ];
  return (
    <Card title={t('deadlines.title')}>
      <Table<TDeadlineAtRisk>
        rowKey="submissionId"
        size="small"
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('deadlines.none') }}
        pagination={printing ? false : { pageSize: 10 }}
        scroll={fit.scroll}
      />
    </Card>
  );
}
