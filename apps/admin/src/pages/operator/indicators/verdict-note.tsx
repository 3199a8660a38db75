import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAnswerView } from './answer-view';

const VERDICT_ALERT = {
  ACCEPTED: 'success',
  DOWNGRADED: 'warning',
  REJECTED: 'error',
  PENDING: 'info',
} as const;

/** The verifier's verdict and note, shown on the indicator they concern. */
export function VerdictNote({ answer }: { answer: TAnswerView }) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation();
  if (answer.verdict === 'PENDING' && !answer.verifierNote) return null;
  const tier =
    answer.verdict === 'DOWNGRADED' && answer.verifiedTier
      ? ` · ${t('workspace.verifiedTier', { tier: answer.verifiedTier })}`
      : '';
  return (
    <Alert
      type={VERDICT_ALERT[answer.verdict]}
      showIcon
      title={`${t('workspace.verdictTitle')}: ${tc(`verdict.${answer.verdict}`)}${tier}`}
      description={
        answer.verifierNote ? (
          <>
            <strong>{t('workspace.verifierNote')}:</strong> {answer.verifierNote}
          </>
        ) : undefined
      }
    />
  );
}
