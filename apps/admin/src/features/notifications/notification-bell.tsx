import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../lib/use-language';
import type { TLanguage } from '../../i18n/languages';
import { formatDateTime } from '../../lib/format';
import { useRegionTimeZone } from '../../lib/region-time-zone';
import { useTRPC } from '../../lib/trpc';
import type { TNotificationItem } from './notification-list';
import { notificationHref, notificationText } from './notification-view';
import './notifications.css';

/** How often the header asks for the unread count (workflow moves and the hourly reminder sweep). */
const REFRESH_MS = 60_000;
/** How many of the latest notifications the bell's panel lists. */
const RECENT = 6;

interface TBellViewProps {
  count: number;
  items: readonly TNotificationItem[];
  lng: TLanguage;
  timeZone: string;
  /** The namespace has loaded (until then the label is plain Indonesian). */
  ready: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opens one notification (marks it read and goes to its page, or to the list when it has none). */
  onItem: (item: TNotificationItem, href: string | null) => void;
  onMarkAllRead: () => void;
  onSeeAll: () => void;
  markingAll?: boolean;
}

/** The header's bell: the unread count, and a panel with the latest notifications and "mark all read". */
export function NotificationBellView({
  count,
  items,
  lng,
  timeZone,
  ready,
  open,
  onOpenChange,
  onItem,
  onMarkAllRead,
  onSeeAll,
  markingAll,
}: TBellViewProps) {
  const { t } = useTranslation('notifications', { useSuspense: false });
  const label = !ready ? 'Notifikasi' : count > 0 ? t('bellUnread', { count }) : t('bell');
  const panel = (
    <Flex vertical gap={8} className="bell-panel">
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('empty')}</Typography.Text>
      ) : (
        <ul className="bell-list" aria-label={t('recent')}>
          {items.map((item) => {
            const text = notificationText(item, lng);
            const unread = item.readAt === null;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className={unread ? 'bell-item unread' : 'bell-item'}
                  onClick={() => onItem(item, notificationHref(item))}
                >
                  {unread && <span className="notification-dot" role="img" aria-label={t('unread')} />}
                  <span className="bell-item-text">
                    <span className="bell-item-title">{text.title}</span>
                    <span className="bell-item-time">{formatDateTime(item.createdAt, lng, timeZone)}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Flex justify="space-between" gap={8} wrap>
        <Button size="small" disabled={count === 0} loading={markingAll} onClick={onMarkAllRead}>
          {t('markAllRead')}
        </Button>
        <Button size="small" type="link" onClick={onSeeAll}>
          {t('seeAll')}
        </Button>
      </Flex>
    </Flex>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={onOpenChange}
      title={ready ? t('title') : 'Notifikasi'}
      content={panel}
    >
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined />} aria-label={label} title={label} aria-haspopup="dialog" />
      </Badge>
    </Popover>
  );
}

/** The bell wired to the API: unread count refreshed every minute, the latest ones when the panel opens. */
export function NotificationBell() {
  // Without suspense, so the header never waits for this namespace; until it loads, the label is plain.
  const { ready } = useTranslation('notifications', { useSuspense: false });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const lng = useLanguage();
  const timeZone = useRegionTimeZone();
  const [open, setOpen] = useState(false);
  const unread = useQuery({
    ...trpc.notification.list.queryOptions({ unreadOnly: true, limit: 1 }),
    select: (data) => data.unreadCount,
    refetchInterval: REFRESH_MS,
  });
  const recent = useQuery({
    ...trpc.notification.list.queryOptions({ unreadOnly: false, limit: RECENT }),
    enabled: open,
  });
  const refresh = () => queryClient.invalidateQueries(trpc.notification.list.pathFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  return (
    <NotificationBellView
      count={unread.data ?? 0}
      items={recent.data?.items ?? []}
      lng={lng}
      timeZone={timeZone}
      ready={ready}
      open={open}
      onOpenChange={setOpen}
      markingAll={markRead.isPending}
      onItem={(item, href) => {
        if (item.readAt === null) markRead.mutate({ ids: [item.id] });
        setOpen(false);
        void navigate(href ?? '/notifications');
      }}
      onMarkAllRead={() => markRead.mutate({ all: true })}
      onSeeAll={() => {
        setOpen(false);
        void navigate('/notifications');
      }}
    />
  );
}
