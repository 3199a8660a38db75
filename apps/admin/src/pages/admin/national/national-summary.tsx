import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PredicateBadge } from '../../../features/dashboard/predicate-badge';
import type { TLanguage } from '../../../i18n/languages';
import { formatScore } from '../../../lib/format';
import type { TNationalRegion, TNationalSummary } from './national-view';

const signed = (x100: number, lng: TLanguage) => `${x100 > 0 ? '+' : ''}${formatScore(x100, lng)}`;

/** How the internal verification compares with the national one, and the region's IID internal vs national. */
export function NationalSummary({
  summary,
  region,
  lng,
}: {
  summary: TNationalSummary;
  region: TNationalRegion;
  lng: TLanguage;
}) {
  const { t } = useTranslation('national');
  const none = t('notRecorded');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('summary.title')}>
          <Row gutter={[16, 16]}>
            <Col xs={12}>
              <Statistic
                title={t('summary.withNational')}
                value={`${summary.withNationalCount} / ${summary.itemCount}`}
              />
            </Col>
            <Col xs={12}>
              <Statistic
                title={t('summary.bias')}
                value={summary.biasX100 === null ? none : signed(summary.biasX100, lng)}
              />
            </Col>
            <Col xs={12}>
              <Statistic
                title={t('summary.meanAbs')}
                value={summary.meanAbsDiffX100 === null ? none : formatScore(summary.meanAbsDiffX100, lng)}
              />
            </Col>
            <Col xs={12}>
              <Statistic
                title={t('summary.overCount', { tolerance: formatScore(summary.toleranceX100, lng) })}
                value={summary.overEstimatedCount}
              />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            {t('summary.biasHint')} {t('summary.toleranceNote')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('region.title')}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12}>
              <Statistic
                title={t('region.projected', { count: summary.itemCount })}
                value={formatScore(region.projectedIidX100, lng)}
              />
              <PredicateBadge predicate={region.projectedPredicate} />
            </Col>
            <Col xs={24} sm={12}>
              <Statistic
                title={t('region.national')}
                value={region.nationalIidX100 === null ? none : formatScore(region.nationalIidX100, lng)}
              />
              {region.nationalPredicate && <PredicateBadge predicate={region.nationalPredicate} />}
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
                {t('region.nationalCount', { count: summary.withNationalCount })}
              </Typography.Paragraph>
            </Col>
          </Row>
          {region.iidDifferenceX100 !== null && (
            <Space wrap style={{ marginTop: 12 }}>
              <Typography.Text>
                {t('region.difference')}: {signed(region.iidDifferenceX100, lng)}
              </Typography.Text>
              <Tag color={region.predicateMatched ? 'green' : 'red'}>
                {t(region.predicateMatched ? 'region.predicateMatched' : 'region.predicateDiffers')}
              </Tag>
            </Space>
          )}
          {region.national?.sourceNote && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('region.source')}: {region.national.sourceNote}
            </Typography.Paragraph>
          )}
        </Card>
      </Col>
    </Row>
  );
}
