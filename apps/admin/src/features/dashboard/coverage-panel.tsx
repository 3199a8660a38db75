import { Card, Col, Row, Statistic, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shapeCoverageBars } from '../charts/chart-data';
import { CoverageChart } from '../charts/lazy-charts';
import { sortCoverage, summarizeCoverage, type TCoverageRow, type TCoverageUnit } from './coverage';
import { usePrinting } from '../../components/use-printing';

/** Every OPD and UPTD, units without an innovation first (Pati's rule: at least one innovation per unit). */
export function CoveragePanel({ units }: { units: readonly TCoverageUnit[] }) {
  const { t } = useTranslation('dashboard');
  const rows = useMemo(() => sortCoverage(units), [units]);
  const tally = useMemo(() => summarizeCoverage(units), [units]);
  const bars = shapeCoverageBars(tally, ['OPD', 'UPTD'], (key) => t(`coverage.level.${key}`));

  const printing = usePrinting();
  const columns: TableColumnsType<TCoverageRow> = [
    {
      title: t('coverage.unit'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'id'),
      render: (name: string, row) => (
        <>
          {name}
          {row.parentName && <div style={{ fontSize: 12, color: '#666' }}>{row.parentName}</div>}
        </>
      ),
    },
    {
      title: t('coverage.levelTitle'),
      dataIndex: 'level',
      filters: (['OPD', 'UPTD'] as const).map((l) => ({ text: t(`coverage.level.${l}`), value: l })),
      onFilter: (value, row) => row.level === value,
      render: (level: string) => t(`coverage.level.${level}`),
      responsive: ['sm'],
    },
    {
      title: t('coverage.innovations'),
      dataIndex: 'innovationCount',
      align: 'right',
      sorter: (a, b) => a.innovationCount - b.innovationCount,
      filters: [
        { text: t('coverage.none'), value: false },
        { text: t('coverage.some'), value: true },
      ],
      onFilter: (value, row) => row.covered === value,
      render: (count: number) => (count === 0 ? <Tag color="red">{t('coverage.none')}</Tag> : count),
    },
  ];

  return (
    <Card title={t('coverage.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('coverage.level.OPD')} value={`${tally.OPD.covered} / ${tally.OPD.total}`} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('coverage.level.UPTD')} value={`${tally.UPTD.covered} / ${tally.UPTD.total}`} />
        </Col>
        <Col xs={24} md={12}>
          <figure aria-label={t('coverage.chartLabel')} style={{ margin: 0 }}>
            <CoverageChart
              data={bars}
              coveredLabel={t('coverage.some')}
              uncoveredLabel={t('coverage.none')}
            />
          </figure>
        </Col>
      </Row>
      <Table<TCoverageRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={printing ? false : { pageSize: 10, showSizeChanger: true }}
        style={{ marginTop: 16 }}
      />
    </Card>
  );
}
