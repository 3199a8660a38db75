import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { isYandas, type TEditionPack } from '@inovda/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BestSetDialog } from '../send/best-set-dialog';
import { formatScore } from '../../lib/format';
import { PredicateBadge } from './predicate-badge';
import { useLanguage } from '../../lib/use-language';
import { computeWhatIf, toggleIncluded, type TWhatIfInnovation } from './what-if';
import { useFitTable } from '../../components/use-fit-table';
import { usePrinting } from '../../components/use-printing';

export interface TWhatIfPanelProps {
  edition: TEditionPack;
  /** The region's SPD score in hundredths (dashboard.summary's projection). */
  spdX100: number;
  candidates: readonly TWhatIfInnovation[];
  /** The admin's current send decision (includeInSend). */
  initialIncluded: ReadonlySet<string>;
  /** The planner's best set, offered as a one-click choice. */
  bestSet?: ReadonlySet<string>;
  urusanLabel: (slug: string) => string;
  /**
   * The period, for an ADMIN who may set what is really sent: the panel then links to the package screen and
   * applies the best set for real (with the server's before/after preview). Absent: simulation only.
   */
  sendDecision?: { periodId: string };
}

/** Include or exclude innovations and watch the IID move; computed in the browser with the domain, exactly. */
export function WhatIfPanel({
  edition,
  spdX100,
  candidates,
  initialIncluded,
  bestSet,
  urusanLabel,
  sendDecision,
}: TWhatIfPanelProps) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const [included, setIncluded] = useState<ReadonlySet<string>>(initialIncluded);
  const [bestOpen, setBestOpen] = useState(false);
  const result = useMemo(
    () => computeWhatIf(edition, spdX100, candidates, included, initialIncluded),
    [edition, spdX100, candidates, included, initialIncluded],
  );
  const score = (x100: number) => formatScore(x100, lng);
  const signed = (x100: number) => (x100 > 0 ? `+${score(x100)}` : score(x100));

  const fit = useFitTable();
  const printing = usePrinting();
  const columns: TableColumnsType<TWhatIfInnovation> = [
    {
      fixed: fit.keyColumn.fixed,
      title: t('whatIf.include'),
      key: 'include',
      width: 72,
      render: (_: unknown, row) => (
        <Switch
          checked={included.has(row.id)}
          onChange={() => setIncluded((prev) => toggleIncluded(prev, row.id))}
          aria-label={t('whatIf.toggleLabel', { name: row.name })}
        />
      ),
      filters: [
        { text: t('whatIf.include'), value: true },
        { text: '–', value: false },
      ],
      onFilter: (value, row) => included.has(row.id) === value,
    },
    {
      ...fit.keyColumn,
      title: t('whatIf.innovation'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'id'),
      render: (name: string, row) => (
        <>
          {name}
          <div style={{ fontSize: 12, color: '#666' }}>{row.unitName}</div>
        </>
      ),
    },
    {
      title: t('whatIf.maturity'),
      dataIndex: 'maturityX100',
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.maturityX100 - b.maturityX100,
      render: score,
    },
    {
      title: t('whatIf.urusan'),
      dataIndex: 'urusan',
      responsive: ['md'],
      render: (slug: string) => (
        <>
          {urusanLabel(slug)} {isYandas(slug) && <Tag color="blue">{t('whatIf.yandasTag')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <Card title={t('whatIf.title')}>
      <Typography.Paragraph type="secondary">
        {t('whatIf.intro')} {t('whatIf.notSaved')}{' '}
        {sendDecision && (
          <Link to={`/admin/exports?period=${encodeURIComponent(sendDecision.periodId)}`}>
            {t('whatIf.openPackage')}
          </Link>
        )}
      </Typography.Paragraph>
      {candidates.length === 0 ? (
        <Empty description={t('whatIf.empty')} />
      ) : (
        <>
          <Row gutter={[16, 16]} aria-live="polite">
            <Col xs={24} md={8}>
              <Statistic
                title={t('whatIf.result')}
                value={score(result.score.iidX100)}
                styles={{ content: { fontSize: 36 } }}
              />
              <PredicateBadge predicate={result.score.predicate} />
              <div>{t('whatIf.delta', { delta: signed(result.deltaX100) })}</div>
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('whatIf.count')} value={result.score.innovationCount} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('whatIf.average')}
                value={result.score.averageMaturityText.replace('.', lng === 'id' ? ',' : '.')}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('whatIf.countScore')} value={score(result.score.countScoreX100)} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('whatIf.yandasCovered')} value={`${result.score.yandasCovered} / 6`} />
            </Col>
          </Row>
          <Flex gap={8} wrap style={{ margin: '16px 0' }}>
            <Button onClick={() => setIncluded(initialIncluded)}>{t('whatIf.reset')}</Button>
            {bestSet && <Button onClick={() => setIncluded(bestSet)}>{t('whatIf.applyBest')}</Button>}
            {sendDecision && (
              <Button type="primary" onClick={() => setBestOpen(true)}>
                {t('whatIf.applyBestForReal')}
              </Button>
            )}
          </Flex>
          <Table<TWhatIfInnovation>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={[...candidates]}
            pagination={printing ? false : { pageSize: 10, showSizeChanger: true }}
            scroll={fit.scroll}
          />
        </>
      )}
      {sendDecision && (
        <BestSetDialog
          open={bestOpen}
          periodId={sendDecision.periodId}
          lng={lng}
          onClose={() => setBestOpen(false)}
        />
      )}
    </Card>
  );
}
