import { PROFILE_TEXT_LIMITS } from '@inovda/domain';
import { Progress, Typography } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/rhf-fields';
import { useWordCount } from '../../../lib/use-word-count';
import { RANCANG_BANGUN_KEYS, type TProfileFormValues } from './profile-values';

/**
 * The six *rancang bangun* sections with a live word counter per section and for all six together against the
 * edition's minimum (300 words in IGA 2026). The total is announced politely to screen readers.
 */
export function RancangBangunFields({
  control,
  minWords,
  disabled,
}: {
  control: Control<TProfileFormValues>;
  minWords: number;
  disabled?: boolean;
}) {
  const { t } = useTranslation('operator');
  const sections = useWatch({ control, name: 'rancangBangun' });
  const words = useWordCount(sections, RANCANG_BANGUN_KEYS, minWords);
  const percent = minWords > 0 ? Math.min(100, Math.floor((words.total / minWords) * 100)) : 100;

  return (
    <>
      <div className="word-total" aria-live="polite">
        <Typography.Text strong>
          {t('profile.words.total', { count: words.total, min: minWords })}
        </Typography.Text>{' '}
        <Typography.Text type={words.enough ? 'success' : 'warning'}>
          (
          {words.enough
            ? t('profile.words.enough')
            : t('profile.words.remaining', { count: words.remaining })}
          )
        </Typography.Text>
        <Progress
          percent={percent}
          showInfo={false}
          status={words.enough ? 'success' : 'active'}
          size="small"
          aria-hidden="true"
        />
      </div>
      {RANCANG_BANGUN_KEYS.map((key) => (
        <TextAreaField
          key={key}
          control={control}
          name={`rancangBangun.${key}`}
          label={t(`profile.fields.${key === 'keunggulan' ? 'keunggulanKebaharuan' : key}`)}
          rows={4}
          disabled={disabled}
          maxLength={PROFILE_TEXT_LIMITS.section}
          counter={
            <span className="word-count">{t('profile.words.section', { count: words.perSection[key] })}</span>
          }
        />
      ))}
    </>
  );
}
