import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc';

/** How often the header asks for the unread count (reminders arrive from the hourly sweep). */
const REFRESH_MS = 60_000;

/** The header's bell: the unread count, and the way to the notifications page. */
export function NotificationBell() {
  // Without suspense, so the header never waits for this namespace; until it loads, the label is plain.
  const { t, ready } = useTranslation('notifications', { useSuspense: false });
  const trpc = useTRPC();
  const navigate = useNavigate();
  const unread = useQuery({
    ...trpc.notification.list.queryOptions({ unreadOnly: true, limit: 1 }),
    select: (data) => data.unreadCount,
    refetchInterval: REFRESH_MS,
  });
  const count = unread.data ?? 0;
  const label = !ready ? 'Notifikasi' : count > 0 ? t('bellUnread', { count }) : t('bell');
  return (
    <Badge count={count} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={label}
        title={label}
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
