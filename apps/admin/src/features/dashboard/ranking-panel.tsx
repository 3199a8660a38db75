import { Card, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { rankUnits, type TUnitRank, type TUnitTotals } from './ranking';
import { useLanguage } from '../../lib/use-language';
import { useFitTable } from '../../components/use-fit-table';
import { usePrinting } from '../../components/use-printing';

/** Units ranked by mean verified maturity, with the claimed mean beside it and their counts. */
export function RankingPanel({ units }: { units: readonly TUnitTotals[] }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const rows = useMemo(() => rankUnits(units), [units]);
  const score = (x100: number) => formatScore(x100, lng);
  const fit = useFitTable();
  const printing = usePrinting();
  const columns: TableColumnsType<TUnitRank> = [
    {
      title: '#',
      dataIndex: 'rank',
      width: 56,
      fixed: fit.keyColumn.fixed,
      sorter: (a, b) => a.rank - b.rank,
    },
    {
      ...fit.keyColumn,
      title: t('ranking.unit'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'id'),
    },
    {
      title: t('ranking.average'),
      dataIndex: 'averageVerifiedX100',
      align: 'right',
      render: score,
      sorter: (a, b) => a.averageVerifiedX100 - b.averageVerifiedX100,
    },
    {
      title: t('ranking.claimedAverage'),
      dataIndex: 'averageClaimedX100',
      align: 'right',
      render: score,
      sorter: (a, b) => a.averageClaimedX100 - b.averageClaimedX100,
      responsive: ['md'],
    },
    {
      title: t('ranking.verifiedOfTotal'),
      key: 'counts',
      align: 'right',
      render: (_: unknown, row) => `${row.verifiedCount} / ${row.innovationCount}`,
      sorter: (a, b) => a.verifiedCount - b.verifiedCount,
      responsive: ['sm'],
    },
  ];
  return (
    <Card title={t('ranking.title')}>
      <Table<TUnitRank>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={printing ? false : { pageSize: 10 }}
        scroll={fit.scroll}
      />
    </Card>
  );
}
