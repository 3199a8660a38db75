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
  /** Workflow news (submitted, returned, approved...) by e-mail; the switch shows when given. */
  emailWorkflow?: boolean;
  pendingWorkflow?: boolean;
  onChangeWorkflow?: (enabled: boolean) => void;
}

/** The user's own switches for deadline reminders and workflow news by e-mail; in-app ones always come. */
export function EmailPreference({
  email,
  emailReminders,
  emailAvailable,
  pending,
  onChange,
  emailWorkflow,
  pendingWorkflow,
  onChangeWorkflow,
}: TProps) {
  const { t } = useTranslation('notifications');
  return (
    <Card size="small" title={t('email.title')}>
      <label className="email-preference">
        <Switch checked={emailReminders} loading={pending} onChange={(checked) => onChange(checked)} />
        <span>{t('email.label')}</span>
      </label>
      {onChangeWorkflow && emailWorkflow !== undefined && (
        <label className="email-preference" style={{ marginTop: 8 }}>
          <Switch
            checked={emailWorkflow}
            loading={pendingWorkflow}
            onChange={(checked) => onChangeWorkflow(checked)}
          />
          <span>{t('email.workflowLabel')}</span>
        </label>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('email.to', { email })}
      </Typography.Paragraph>
      {!emailAvailable && (
        <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('email.unavailable')} />
      )}
    </Card>
  );
}
