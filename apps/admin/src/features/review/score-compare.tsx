import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import type { TReviewScore } from './review-score';

/** Claimed vs verified maturity side by side, updated as the verifier chooses verdicts. */
export function ScoreCompare({ score, previewing }: { score: TReviewScore; previewing: boolean }) {
  const { t } = useTranslation('verifier');
  const lng = useLanguage();
  // The bars' full length is the edition's maximum maturity (reference §3.4).
  const percent = (x100: number) => Math.round((x100 * 100) / score.maxX100);
  return (
    <Card size="small" title={t('score.title')} aria-live="polite">
      <Row gutter={[16, 8]}>
        <Col xs={12}>
          <Statistic title={t('score.claimed')} value={formatScore(score.claimedX100, lng)} />
          <Progress percent={percent(score.claimedX100)} showInfo={false} strokeColor="#1677ff" aria-hidden />
        </Col>
        <Col xs={12}>
          <Statistic title={t('score.verified')} value={formatScore(score.verifiedX100, lng)} />
          <Progress
            percent={percent(score.verifiedX100)}
            showInfo={false}
            strokeColor="#52c41a"
            aria-hidden
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
        {t('score.counts', {
          pending: score.counts.PENDING,
          accepted: score.counts.ACCEPTED,
          downgraded: score.counts.DOWNGRADED,
          rejected: score.counts.REJECTED,
        })}
        {previewing && ` ${t('score.previewing')}`}
      </Typography.Paragraph>
    </Card>
  );
}
