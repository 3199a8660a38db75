import i18next from 'i18next';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n, installJsdomLayoutApis } from '../../test-support/jsdom-antd';
import notificationsEn from '@inovda/i18n/locales/en/notifications.json';
import notificationsId from '@inovda/i18n/locales/id/notifications.json';
import { EmailPreference } from './email-preference';
import { NotificationList, type TNotificationItem } from './notification-list';
import { ReminderRunResult, type TReminderRun } from './reminder-run';

beforeAll(async () => {
  installJsdomLayoutApis();
  await initTestI18n({ id: { notifications: notificationsId }, en: { notifications: notificationsEn } });
});

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

const reminder: TNotificationItem = {
  id: 'n1',
  kind: 'reminder.deadline',
  title: 'stored',
  body: 'stored',
  link: '/innovations',
  readAt: null,
  createdAt: new Date('2026-06-12T01:00:00Z'),
  data: {
    text: {
      id: {
        title: 'Pengingat: tenggat internal IID 2026 tinggal 3 hari',
        body: '1 inovasi masih draf.',
        deadlineLine: 'Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB',
      },
      en: {
        title: 'Reminder: IID 2026 internal deadline in 3 days',
        body: '1 innovation is still a draft.',
        deadlineLine: 'Deadline: Monday, 15 June 2026 at 23:59 WIB',
      },
    },
  },
};

describe('NotificationList', () => {
  it('marks unread ones, opens the link and marks one read', () => {
    const onOpen = vi.fn();
    const onMarkRead = vi.fn();
    const read = {
      ...reminder,
      id: 'n2',
      readAt: new Date(),
      link: null,
      kind: 'other',
      data: null,
      title: 'Lama',
      body: 'Sudah dibaca.',
    };
    render(<NotificationList items={[reminder, read]} lng="id" onOpen={onOpen} onMarkRead={onMarkRead} />);
    const [first, second] = screen.getAllByRole('listitem');
    const unread = within(first!);
    expect(unread.getByText('Pengingat: tenggat internal IID 2026 tinggal 3 hari')).toBeTruthy();
    expect(
      unread.getByText('1 inovasi masih draf. Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB.'),
    ).toBeTruthy();
    expect(unread.getByRole('img', { name: 'Belum dibaca' })).toBeTruthy();
    fireEvent.click(unread.getByRole('button', { name: 'Buka' }));
    expect(onOpen).toHaveBeenCalledWith(reminder, '/innovations');
    fireEvent.click(unread.getByRole('button', { name: 'Tandai dibaca' }));
    expect(onMarkRead).toHaveBeenCalledWith(reminder);
    // Read, and without a link: no dot, no buttons.
    const old = within(second!);
    expect(old.queryByRole('img')).toBeNull();
    expect(old.queryByRole('button')).toBeNull();
  });

  it('shows a reminder in English when the UI is in English', async () => {
    await i18next.changeLanguage('en');
    render(<NotificationList items={[reminder]} lng="en" onOpen={vi.fn()} onMarkRead={vi.fn()} />);
    expect(screen.getByText('Reminder: IID 2026 internal deadline in 3 days')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open' })).toBeTruthy();
    await i18next.changeLanguage('id');
  });
});

describe('EmailPreference', () => {
  it('switches e-mail reminders and names the address', () => {
    const onChange = vi.fn();
    render(
      <EmailPreference
        email="op@uji.go.id"
        emailReminders
        emailAvailable
        pending={false}
        onChange={onChange}
      />,
    );
    expect(screen.getByText(/Dikirim ke op@uji.go.id/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Kirim juga pengingat tenggat ke e-mail saya' }));
    expect(onChange).toHaveBeenCalledWith(false);
    expect(screen.queryByText(/SMTP belum diatur/)).toBeNull();
  });

  it('says when the server sends no e-mail at all', () => {
    render(
      <EmailPreference
        email="op@uji.go.id"
        emailReminders={false}
        emailAvailable={false}
        pending={false}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByText(/Server ini belum mengirim e-mail/)).toBeTruthy();
  });
});

describe('ReminderRunResult', () => {
  const run = (over: Partial<TReminderRun>): TReminderRun => ({
    notifications: 3,
    emails: 2,
    emailAvailable: true,
    byAudience: { OPERATOR: 1, VERIFIER: 1, ADMIN: 1 },
    deadlines: [
      {
        periodId: 'p1',
        periodName: 'IID 2026',
        deadline: 'INTERNAL',
        deadlineAt: new Date('2026-06-15T16:59:00Z'),
        milestone: 'D3',
        daysLeft: 3,
      },
      {
        periodId: 'p1',
        periodName: 'IID 2026',
        deadline: 'NATIONAL',
        deadlineAt: new Date('2026-07-30T16:59:00Z'),
        milestone: null,
        daysLeft: 48,
      },
    ],
    ...over,
  });

  it('reports what was sent, by audience, and where each deadline stands', () => {
    render(<ReminderRunResult result={run({})} lng="id" />);
    expect(screen.getByRole('status').textContent).toContain(
      '3 pengingat terkirim; 2 di antaranya juga lewat e-mail.',
    );
    expect(screen.getByText('Operator 1, verifikator 1, admin 1.')).toBeTruthy();
    const [internal, national] = screen.getAllByRole('listitem');
    expect(internal!.textContent).toBe('Tenggat internal IID 2026: 15 Juni 2026 (dalam 3 hari) H-3');
    expect(national!.textContent).toContain('belum waktunya');
  });

  it('explains a run that sent nothing, and one without e-mail', () => {
    const { rerender } = render(<ReminderRunResult result={run({ notifications: 0, emails: 0 })} lng="id" />);
    expect(screen.getByRole('status').textContent).toContain('Tidak ada pengingat baru');
    rerender(
      <ReminderRunResult result={run({ emailAvailable: false, emails: 0, deadlines: [] })} lng="id" />,
    );
    expect(screen.getByRole('status').textContent).toContain('3 pengingat terkirim di aplikasi');
    expect(
      screen.getByText('Tidak ada periode yang sedang dibuka atau diverifikasi dengan tenggat.'),
    ).toBeTruthy();
  });
});

describe('translations', () => {
  it('has every Indonesian key in English and back', () => {
    expect(keysOf(notificationsEn).sort()).toEqual(keysOf(notificationsId).sort());
  });
});
