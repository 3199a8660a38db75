import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a submission that came back after a return: "Dikirim ulang" and which submission it is. */
export function ResubmittedTag({ submitCount }: { submitCount: number | undefined }) {
  const { t } = useTranslation('notes');
  if (!submitCount || submitCount < 2) return null;
  return (
    <Tag color="purple" title={t('round', { round: submitCount })}>
      {t('resubmitted')} · {t('round', { round: submitCount })}
    </Tag>
  );
}
