import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../lib/use-language';
import { EmailPreference } from '../../features/notifications/email-preference';
import { NotificationList, type TNotificationItem } from '../../features/notifications/notification-list';
import { ReminderRunCard } from '../../features/notifications/reminder-run';
import { useSession } from '../../lib/use-session';
import { useTRPC } from '../../lib/trpc';

const PAGE_SIZE = 20;

/** Every role: the user's notifications (deadline reminders and others), its e-mail switch; ADMIN: send now. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const lng = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useSession();
  const [unreadOnly, setUnreadOnly] = useState(false);

  const list = useInfiniteQuery(
    trpc.notification.list.infiniteQueryOptions(
      { unreadOnly, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const preferences = useQuery(trpc.notification.preferences.queryOptions());
  const refreshList = () => queryClient.invalidateQueries(trpc.notification.list.pathFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refreshList }));
  const setEmail = useMutation(
    trpc.notification.setEmailReminders.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.notification.preferences.queryKey(), data);
        void message.success(t(data.emailReminders ? 'email.on' : 'email.off'));
      },
    }),
  );
  const setWorkflowEmail = useMutation(
    trpc.notification.setEmailWorkflow.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.notification.preferences.queryKey(), data);
        void message.success(t(data.emailWorkflow ? 'email.workflowOn' : 'email.workflowOff'));
      },
    }),
  );
  const runNow = useMutation(trpc.reminder.runNow.mutationOptions({ onSuccess: refreshList }));

  const items: TNotificationItem[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;
  const open = (item: TNotificationItem, href: string) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
    void navigate(href);
  };

  return (
    <section className="notifications-page">
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {preferences.data && (
          <EmailPreference
            {...preferences.data}
            pending={setEmail.isPending}
            onChange={(enabled) => setEmail.mutate({ enabled })}
            pendingWorkflow={setWorkflowEmail.isPending}
            onChangeWorkflow={(enabled) => setWorkflowEmail.mutate({ enabled })}
          />
        )}
        <ErrorAlert error={preferences.error ?? setEmail.error ?? setWorkflowEmail.error} />
        {user?.role === 'ADMIN' && (
          <>
            <ReminderRunCard
              lng={lng}
              result={runNow.data}
              pending={runNow.isPending}
              onRun={() => runNow.mutate()}
            />
            <ErrorAlert error={runNow.error} />
          </>
        )}
      </Flex>

      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Segmented
          aria-label={t('filter')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('all') },
            { value: 'unread', label: `${t('unreadOnly')} (${unreadCount})` },
          ]}
        />
        <Button
          disabled={unreadCount === 0}
          loading={markRead.isPending}
          onClick={() =>
            markRead.mutate(
              { all: true },
              { onSuccess: (data) => void message.success(t('markedAll', { count: data.count })) },
            )
          }
        >
          {t('markAllRead')}
        </Button>
      </Flex>
      <ErrorAlert error={list.error ?? markRead.error} />
      {list.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t(unreadOnly ? 'emptyUnread' : 'empty')}
        </Typography.Paragraph>
      ) : (
        <NotificationList
          items={items}
          lng={lng}
          onOpen={open}
          onMarkRead={(item) => markRead.mutate({ ids: [item.id] })}
        />
      )}
      {list.hasNextPage && (
        <Button
          block
          style={{ marginTop: 12 }}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('loadMore')}
        </Button>
      )}
    </section>
  );
}
