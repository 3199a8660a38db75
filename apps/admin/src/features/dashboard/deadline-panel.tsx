import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../components/state-badge';
import { formatDate, formatDaysRelative } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { listDeadlinesAtRisk, type TDeadlineAtRisk, type TDeadlineItem } from './deadline-risk';
import { useLanguage } from './use-language';

/** Submissions with open work whose deadline is passed or within a week, most urgent first. */
export function DeadlinePanel({ items, now }: { items: readonly TDeadlineItem[]; now: Date }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const rows = useMemo(() => listDeadlinesAtRisk(items, now, { timeZone }), [items, now, timeZone]);
  const columns: TableColumnsType<TDeadlineAtRisk> = [
    {
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
        pagination={{ pageSize: 10 }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
