import { Card, Col, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFitTable } from '../../components/use-fit-table';
import { usePrinting } from '../../components/use-printing';
import { formatCount, formatScore } from '../../lib/format';
import { PredicateBadge } from './predicate-badge';
import type { TProjection } from './projection-card';
import { useLanguage } from '../../lib/use-language';

/** How the claimed indicators of the counted innovations were judged (dashboard.evidence). */
export interface TEvidenceIndicatorCounts {
  assessed: number;
  pending: number;
  unreadable: number;
  failed: number;
  notAssessed: number;
  noEvidence: number;
}

/** One unit's row of the claim-evidence gap (maturities in hundredths). */
export interface TUnitEvidenceGap {
  unitId: string;
  name: string;
  innovationCount: number;
  claimedAverageX100: number;
  supportedAverageX100: number;
  gapX100: number;
  notRead: number;
}

/** Claimed indicators whose files were not read (waiting, unreadable or failed): they stay at the claim. */
export function countNotRead(counts: TEvidenceIndicatorCounts): number {
  return counts.pending + counts.unreadable + counts.failed;
}

/**
 * The third projection, beside the verified and claimed ones (a column of the projection card): the IID if
 * every claimed indicator scored at the tier its read documents support, with how many indicators were read,
 * how many were not (they count at the claim), and how many documents cannot decide (photos, video).
 */
export function EvidenceProjectionColumn({
  supported,
  claimed,
  indicators,
}: {
  supported: TProjection;
  claimed: TProjection;
  indicators: TEvidenceIndicatorCounts;
}) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const notRead = countNotRead(indicators);
  const gap = claimed.iidX100 - supported.iidX100;
  return (
    <Col xs={24} sm={12} lg={8}>
      <Statistic
        title={t('evidence.supported', { count: supported.innovationCount })}
        value={formatScore(supported.iidX100, lng)}
        styles={{ content: { fontSize: 40 } }}
      />
      <PredicateBadge predicate={supported.predicate} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('evidence.supportedHint')}{' '}
        {t('evidence.read', {
          count: indicators.assessed,
          total: formatCount(
            indicators.assessed + notRead + indicators.notAssessed + indicators.noEvidence,
            lng,
          ),
        })}
      </Typography.Paragraph>
      {notRead > 0 && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
          {t('evidence.notRead', { count: notRead })}
        </Typography.Paragraph>
      )}
      {indicators.noEvidence > 0 && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
          {t('evidence.noEvidence', { count: indicators.noEvidence })}
        </Typography.Paragraph>
      )}
      {indicators.notAssessed > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('evidence.notAssessed', { count: indicators.notAssessed })}
        </Typography.Paragraph>
      )}
      {gap > 0 && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('evidence.gap', { gap: formatScore(gap, lng) })}
        </Typography.Paragraph>
      )}
    </Col>
  );
}

/** The units whose claims their documents support least, largest gap first (as the API sorts them). */
export function EvidenceGapPanel({ units }: { units: readonly TUnitEvidenceGap[] }) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const fit = useFitTable();
  const printing = usePrinting();
  const score = (x100: number) => formatScore(x100, lng);
  const columns: TableColumnsType<TUnitEvidenceGap> = [
    { ...fit.keyColumn, title: t('evidence.unit'), dataIndex: 'name' },
    {
      title: t('evidence.innovations'),
      dataIndex: 'innovationCount',
      align: 'right',
      render: (value: number) => formatCount(value, lng),
      responsive: ['sm'],
    },
    { title: t('evidence.claimed'), dataIndex: 'claimedAverageX100', align: 'right', render: score },
    {
      title: t('evidence.supportedAverage'),
      dataIndex: 'supportedAverageX100',
      align: 'right',
      render: score,
    },
    { title: t('evidence.gapColumn'), dataIndex: 'gapX100', align: 'right', render: score },
    {
      title: t('evidence.notReadColumn'),
      dataIndex: 'notRead',
      align: 'right',
      render: (value: number) => formatCount(value, lng),
      responsive: ['md'],
    },
  ];
  return (
    <Card title={t('evidence.gapsTitle')}>
      <Typography.Paragraph type="secondary">{t('evidence.gapsHint')}</Typography.Paragraph>
      <Table<TUnitEvidenceGap>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={[...units]}
        locale={{ emptyText: t('evidence.gapsEmpty') }}
        pagination={printing ? false : { pageSize: 10 }}
        scroll={fit.scroll}
      />
    </Card>
  );
}
