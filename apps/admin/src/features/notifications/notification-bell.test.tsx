import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import notificationsEn from '@inovda/i18n/locales/en/notifications.json';
import notificationsId from '@inovda/i18n/locales/id/notifications.json';
import { NotificationBellView } from './notification-bell';
import type { TNotificationItem } from './notification-list';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { notifications: notificationsId }, en: { notifications: notificationsEn } });
});

const returned: TNotificationItem = {
  id: 'n1',
  kind: 'workflow.returned',
  title: 'stored',
  body: 'stored',
  link: '/innovations/inv1/indicators',
  readAt: null,
  createdAt: new Date('2026-06-12T01:00:00Z'),
  data: {
    text: {
      id: {
        title: 'Dikembalikan untuk perbaikan: Layanan Antar Obat (Dinas Kesehatan)',
        body: 'Catatan: SK.',
      },
      en: { title: 'Returned for revision: Layanan Antar Obat (Dinas Kesehatan)', body: 'Note: SK.' },
    },
  },
};
const old: TNotificationItem = {
  ...returned,
  id: 'n2',
  readAt: new Date(),
  link: null,
  kind: 'other',
  data: null,
  title: 'Lama',
};

function renderBell(props: Partial<Parameters<typeof NotificationBellView>[0]> = {}) {
  const handlers = { onOpenChange: vi.fn(), onItem: vi.fn(), onMarkAllRead: vi.fn(), onSeeAll: vi.fn() };
  render(
    <NotificationBellView
      count={1}
      items={[returned, old]}
      lng="id"
      timeZone="Asia/Jakarta"
      ready
      open
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('NotificationBellView', () => {
  it('shows the unread count on the bell and the latest notifications in its panel, in the UI language', () => {
    const handlers = renderBell();
    expect(screen.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Notifikasi terbaru' });
    const [first, second] = within(list).getAllByRole('button');
    expect(first?.textContent).toContain(
      'Dikembalikan untuk perbaikan: Layanan Antar Obat (Dinas Kesehatan)',
    );
    expect(within(first!).getByRole('img', { name: 'Belum dibaca' })).toBeTruthy();
    expect(within(second!).queryByRole('img')).toBeNull();
    fireEvent.click(first!);
    expect(handlers.onItem).toHaveBeenCalledWith(returned, '/innovations/inv1/indicators');
    fireEvent.click(second!);
    expect(handlers.onItem).toHaveBeenLastCalledWith(old, null);
    fireEvent.click(screen.getByRole('button', { name: 'Tandai semua dibaca' }));
    expect(handlers.onMarkAllRead).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Lihat semua notifikasi' }));
    expect(handlers.onSeeAll).toHaveBeenCalledOnce();
  });

  it('has nothing to mark when all are read', () => {
    renderBell({ count: 0, items: [old] });
    expect(screen.getByRole('button', { name: 'Notifikasi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tandai semua dibaca' }).hasAttribute('disabled')).toBe(true);
  });
});
