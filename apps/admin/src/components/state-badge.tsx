import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Colours of the workflow states (names as in the domain's SUBMISSION_STATES). */
const STATE_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  IN_REVIEW: 'blue',
  RETURNED: 'warning',
  VERIFIED: 'success',
  READY_TO_SEND: 'cyan',
  SENT: 'purple',
  REJECTED: 'error',
};

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state] ?? 'default'}>{t(`state.${state}`, { defaultValue: state })}</Tag>;
}
