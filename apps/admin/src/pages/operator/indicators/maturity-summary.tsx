import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** Claimed maturity (live, from the current choices) beside the verified one, out of the edition's maximum. */
export function MaturitySummary({
  claimedX100,
  verifiedX100,
  maxX100,
}: {
  claimedX100: number;
  verifiedX100: number | null;
  maxX100: number;
}) {
  const { t } = useTranslation('operator');
  const lng = useLanguage();
  return (
    <Card size="small">
      <Flex gap={24} wrap>
        <div aria-live="polite">
          <Statistic
            title={t('score.claimed')}
            value={formatScore(claimedX100, lng)}
            suffix={<span className="score-max">{t('score.max', { max: formatScore(maxX100, lng) })}</span>}
          />
          <small>{t('score.live')}</small>
        </div>
        {verifiedX100 !== null && (
          <Statistic
            title={t('score.verified')}
            value={formatScore(verifiedX100, lng)}
            suffix={<span className="score-max">{t('score.max', { max: formatScore(maxX100, lng) })}</span>}
          />
        )}
      </Flex>
    </Card>
  );
}
