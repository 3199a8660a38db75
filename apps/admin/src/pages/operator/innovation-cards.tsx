import { Card, Descriptions, Empty, Flex, Pagination, Spin, type PaginationProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateBadge } from '../../components/state-badge';
import { withPeriod } from './archive-banner';
import type { TInnovationListItem } from './operator-data';

/**
 * My unit's innovations on a phone: one card each with what a table row holds (state, claimed score,
 * deadline, the two ways in), since a 360 px table could only show the names.
 */
export function InnovationCards({
  items,
  periodId,
  loading,
  claimed,
  deadline,
  pagination,
}: {
  items: TInnovationListItem[];
  periodId: string | undefined;
  loading: boolean;
  claimed: (row: TInnovationListItem) => ReactNode;
  deadline: (row: TInnovationListItem) => ReactNode;
  pagination: PaginationProps;
}) {
  const { t } = useTranslation('operator');
  if (items.length === 0) return loading ? <Spin /> : <Empty description={t('list.empty')} />;
  return (
    <Flex vertical gap={12} aria-label={t('list.title')}>
      {items.map((row) => (
        <Card
          key={row.id}
          size="small"
          title={
            <Link to={withPeriod(`/innovations/${row.id}/indicators`, periodId)} className="card-title-link">
              {row.name}
            </Link>
          }
          extra={row.submission ? <StateBadge state={row.submission.state} /> : undefined}
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('list.columns.unit')}>{row.unit.short}</Descriptions.Item>
            <Descriptions.Item label={t('list.columns.claimed')}>{claimed(row)}</Descriptions.Item>
            <Descriptions.Item label={t('list.columns.deadline')}>{deadline(row)}</Descriptions.Item>
          </Descriptions>
          <Flex gap={16} wrap>
            <Link to={withPeriod(`/innovations/${row.id}/profile`, periodId)}>{t('list.profile')}</Link>
            <Link to={withPeriod(`/innovations/${row.id}/indicators`, periodId)}>{t('list.indicators')}</Link>
          </Flex>
        </Card>
      ))}
      <Pagination size="small" align="center" {...pagination} />
    </Flex>
  );
}
