import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../i18n/languages';
import { formatDateTime } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { notificationHref, notificationText, type TNotificationRow } from './notification-view';
import './notifications.css';

export interface TNotificationItem extends TNotificationRow {
  id: string;
  readAt: Date | null;
  createdAt: Date;
}

interface TProps {
  items: readonly TNotificationItem[];
  lng: TLanguage;
  /** Opens the notification's page (and marks it read). */
  onOpen: (item: TNotificationItem, href: string) => void;
  onMarkRead: (item: TNotificationItem) => void;
}

/** Notifications newest first; unread ones are marked and can be opened or marked read one by one. */
export function NotificationList({ items, lng, onOpen, onMarkRead }: TProps) {
  const timeZone = useRegionTimeZone();
  const { t } = useTranslation('notifications');
  return (
    <ul className="notification-list">
      {items.map((item) => {
        const text = notificationText(item, lng);
        const href = notificationHref(item);
        const unread = item.readAt === null;
        return (
          <li key={item.id} className={unread ? 'notification unread' : 'notification'}>
            <div className="notification-head">
              {unread && <span className="notification-dot" role="img" aria-label={t('unread')} />}
              <Typography.Text strong={unread}>{text.title}</Typography.Text>
            </div>
            <Typography.Paragraph className="notification-body">{text.body}</Typography.Paragraph>
            <div className="notification-foot">
              <Typography.Text type="secondary">
                {formatDateTime(item.createdAt, lng, timeZone)}
              </Typography.Text>
              <span className="notification-actions">
                {unread && (
                  <Button size="small" type="link" onClick={() => onMarkRead(item)}>
                    {t('markRead')}
                  </Button>
                )}
                {href && (
                  <Button size="small" onClick={() => onOpen(item, href)}>
                    {t('open')}
                  </Button>
                )}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
