import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { PredicateBadge, type TPredicate } from './predicate-badge';
import { useLanguage } from '../../lib/use-language';

export interface TProjection {
  iidX100: number;
  predicate: TPredicate;
  innovationCount: number;
}

function ProjectionColumn({
  title,
  hint,
  value,
  third,
}: {
  title: string;
  hint: string;
  value: TProjection;
  third: boolean;
}) {
  const lng = useLanguage();
  const { t } = useTranslation('dashboard');
  return (
    <Col xs={24} sm={12} lg={third ? 8 : 12}>
      <Statistic
        title={title}
        value={formatScore(value.iidX100, lng)}
        styles={{ content: { fontSize: 40 } }}
      />
      <PredicateBadge predicate={value.predicate} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {hint} {t('projection.counted', { count: value.innovationCount })}
      </Typography.Paragraph>
    </Col>
  );
}

/**
 * The projected IID twice: from verified scores (what the region can count on) and from claimed scores (what
 * the OPD say); the gap is the risk that verification removes. `evidence` is a third column (the IID the read
 * documents support), shown beside them when given.
 */
export function ProjectionCard({
  verified,
  claimed,
  evidence,
}: {
  verified: TProjection;
  claimed: TProjection;
  evidence?: ReactNode;
}) {
  const { t } = useTranslation('dashboard');
  const lng = useLanguage();
  const gap = claimed.iidX100 - verified.iidX100;
  return (
    <Card title={t('projection.title')}>
      <Row gutter={[24, 16]}>
        <ProjectionColumn
          title={t('projection.verified', { count: verified.innovationCount })}
          hint={t('projection.verifiedHint')}
          value={verified}
          third={Boolean(evidence)}
        />
        <ProjectionColumn
          title={t('projection.claimed', { count: claimed.innovationCount })}
          hint={t('projection.claimedHint')}
          value={claimed}
          third={Boolean(evidence)}
        />
        {evidence}
      </Row>
      {gap > 0 && (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('projection.gap', { gap: formatScore(gap, lng) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
