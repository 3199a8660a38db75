import { describe, expect, it } from 'vitest';
import { notificationHref, notificationText, type TNotificationRow } from './notification-view';

const reminder: TNotificationRow = {
  kind: 'reminder.deadline',
  title: 'Pengingat: tenggat internal IID 2026 tinggal 3 hari',
  body: 'stored body',
  link: '/innovations',
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

describe('notificationText', () => {
  it('shows a reminder in the UI language with its deadline', () => {
    expect(notificationText(reminder, 'en')).toEqual({
      title: 'Reminder: IID 2026 internal deadline in 3 days',
      body: '1 innovation is still a draft. Deadline: Monday, 15 June 2026 at 23:59 WIB.',
    });
    expect(notificationText(reminder, 'id').body).toBe(
      '1 inovasi masih draf. Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB.',
    );
  });

  it('falls back to the stored title and body', () => {
    const plain = {
      kind: 'submission.returned',
      title: 'Dikembalikan',
      body: 'Perbaiki 2 indikator.',
      link: null,
      data: null,
    };
    expect(notificationText(plain, 'en')).toEqual({ title: 'Dikembalikan', body: 'Perbaiki 2 indikator.' });
    expect(notificationText({ ...reminder, data: { text: { en: { title: 1 } } } }, 'en').title).toBe(
      reminder.title,
    );
  });
});

describe('notificationHref', () => {
  it('follows app paths only', () => {
    expect(notificationHref(reminder)).toBe('/innovations');
    expect(notificationHref({ ...reminder, link: '/dashboard?period=p1' })).toBe('/dashboard?period=p1');
    expect(notificationHref({ ...reminder, link: '//evil.example/x' })).toBeNull();
    expect(notificationHref({ ...reminder, link: 'https://evil.example' })).toBeNull();
  });

  it("opens a returned innovation's profile", () => {
    const row = {
      kind: 'submission.returned',
      title: '',
      body: '',
      link: null,
      data: { innovationId: 'i/1' },
    };
    expect(notificationHref(row)).toBe('/innovations/i%2F1/profile');
    expect(notificationHref({ ...row, data: {} })).toBeNull();
  });
});
