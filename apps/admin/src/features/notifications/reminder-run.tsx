import './notifications.css';
import type { TRouterOutputs } from '../../lib/trpc';
import { Alert, Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../i18n/languages';
import { formatDate, formatDaysRelative } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';

export type TReminderRun = TRouterOutputs['reminder']['runNow'];

/** What a run sent, in one sentence, and where each deadline stands (its milestone, days left). */
export function ReminderRunResult({ result, lng }: { result: TReminderRun; lng: TLanguage }) {
  const timeZone = useRegionTimeZone();
  const { t } = useTranslation('notifications');
  const count = result.notifications;
  const summary =
    count === 0
      ? t('run.none')
      : result.emailAvailable
        ? t('run.sent', { count, emails: result.emails })
        : t('run.sentInApp', { count });
  return (
    <div className="reminder-run-result">
      <Alert
        type={count > 0 ? 'success' : 'info'}
        showIcon
        role="status"
        title={summary}
        description={
          count > 0
            ? t('run.byAudience', {
                operator: result.byAudience.OPERATOR,
                verifier: result.byAudience.VERIFIER,
                admin: result.byAudience.ADMIN,
              })
            : undefined
        }
      />
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        {t('run.deadlinesTitle')}
      </Typography.Text>
      {result.deadlines.length === 0 ? (
        <Typography.Text type="secondary">{t('run.noDeadlines')}</Typography.Text>
      ) : (
        <ul className="reminder-deadlines">
          {result.deadlines.map((d) => (
            <li key={`${d.periodId}:${d.deadline}`}>
              {t(`run.deadline.${d.deadline}`)} {d.periodName}: {formatDate(d.deadlineAt, lng, timeZone)} (
              {formatDaysRelative(d.daysLeft, lng)}){' '}
              <Tag color={d.milestone === 'OVERDUE' ? 'red' : d.milestone ? 'orange' : 'default'}>
                {t(`run.milestone.${d.milestone ?? 'none'}`)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface TRunProps {
  lng: TLanguage;
  result: TReminderRun | undefined;
  pending: boolean;
  onRun: () => void;
}

/** ADMIN: "send reminders now" runs the hourly sweep at once and reports what it sent. */
export function ReminderRunCard({ lng, result, pending, onRun }: TRunProps) {
  const { t } = useTranslation('notifications');
  return (
    <Card size="small" title={t('run.title')}>
      <Typography.Paragraph type="secondary">{t('run.intro')}</Typography.Paragraph>
      <Button type="primary" loading={pending} onClick={onRun}>
        {t('run.button')}
      </Button>
      {result && <ReminderRunResult result={result} lng={lng} />}
    </Card>
  );
}
