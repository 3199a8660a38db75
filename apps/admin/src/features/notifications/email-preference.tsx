import './notifications.css';
import { Alert, Card, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface TProps {
  email: string;
  emailReminders: boolean;
  /** The server sends e-mail at all (SMTP configured and jobs running). */
  emailAvailable: boolean;
  pending: boolean;
  onChange: (enabled: boolean) => void;
}

/** The user's own switch for deadline reminders by e-mail; in-app reminders always come. */
export function EmailPreference({ email, emailReminders, emailAvailable, pending, onChange }: TProps) {
  const { t } = useTranslation('notifications');
  return (
    <Card size="small" title={t('email.title')}>
      <label className="email-preference">
        <Switch checked={emailReminders} loading={pending} onChange={(checked) => onChange(checked)} />
        <span>{t('email.label')}</span>
      </label>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('email.to', { email })}
      </Typography.Paragraph>
      {!emailAvailable && (
        <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('email.unavailable')} />
      )}
    </Card>
  );
}
