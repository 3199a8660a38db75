import { Card, Descriptions, Empty, Flex, Pagination, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateBadge } from '../../components/state-badge';
import type { TQueueRow } from '../../features/review/queue';
import { ResubmittedTag } from '../../features/review/resubmitted-tag';

const PAGE_SIZE = 20;

/**
 * The review queue on a phone: one card per submission with its unit, state, deadline and claimed score, in
 * the queue's order (deadline first), since a 360 px table could only show the names.
 */
export function QueueCards({
  rows,
  loading,
  reviewPath,
  deadline,
  claimed,
  submitted,
}: {
  rows: TQueueRow[];
  loading: boolean;
  reviewPath: (row: TQueueRow) => string;
  deadline: (row: TQueueRow) => ReactNode;
  claimed: (row: TQueueRow) => ReactNode;
  submitted: (row: TQueueRow) => ReactNode;
}) {
  const { t } = useTranslation('verifier');
  const [page, setPage] = useState(1);
  if (rows.length === 0) return loading ? <Spin /> : <Empty description={t('queue.empty')} />;
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <Flex vertical gap={12} aria-label={t('queue.title')}>
      {shown.map((row) => (
        <Card
          key={row.submissionId}
          size="small"
          title={<Link to={reviewPath(row)}>{row.innovationName}</Link>}
          extra={
            <>
              <StateBadge state={row.state} /> <ResubmittedTag submitCount={row.submitCount} />
            </>
          }
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('queue.unit')}>{row.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('queue.deadline')}>{deadline(row)}</Descriptions.Item>
            <Descriptions.Item label={t('queue.claimed')}>{claimed(row)}</Descriptions.Item>
            <Descriptions.Item label={t('queue.submittedAt')}>{submitted(row)}</Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      <Pagination
        size="small"
        align="center"
        current={page}
        pageSize={PAGE_SIZE}
        total={rows.length}
        onChange={setPage}
      />
    </Flex>
  );
}
