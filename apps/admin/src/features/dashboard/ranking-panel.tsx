import { Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { rankUnits, type TRankingSubmission, type TUnitRank } from './ranking';
import { useLanguage } from './use-language';

/** Units ranked by mean verified maturity, with their counts and best innovation. */
export function RankingPanel({ submissions }: { submissions: readonly TRankingSubmission[] }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const rows = useMemo(() => rankUnits(submissions), [submissions]);
  const score = (x100: number) => formatScore(x100, lng);
  const columns: TableColumnsType<TUnitRank> = [
    { title: '#', dataIndex: 'rank', width: 56, sorter: (a, b) => a.rank - b.rank },
    {
      title: t('ranking.unit'),
      dataIndex: 'unitName',
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'id'),
    },
    {
      title: t('ranking.average'),
      dataIndex: 'averageVerifiedX100',
      align: 'right',
      render: score,
      sorter: (a, b) => a.averageVerifiedX100 - b.averageVerifiedX100,
    },
    {
      title: t('ranking.verifiedOfTotal'),
      key: 'counts',
      align: 'right',
      render: (_: unknown, row) => `${row.verifiedCount} / ${row.innovationCount}`,
      sorter: (a, b) => a.verifiedCount - b.verifiedCount,
      responsive: ['sm'],
    },
    {
      title: t('ranking.best'),
      dataIndex: 'bestVerifiedX100',
      align: 'right',
      render: score,
      sorter: (a, b) => a.bestVerifiedX100 - b.bestVerifiedX100,
      responsive: ['md'],
    },
  ];
  return (
    <Card title={t('ranking.title')}>
      <Table<TUnitRank>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
