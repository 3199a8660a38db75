// The environment of background work (JOBS_ENABLED, REMINDER_CRON, SMTP_URL, MAIL_FROM, APP_URL) and the start-up
// lines that say whether reminders go out by e-mail.
import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../env.ts';
import { describeBackground } from './describe.ts';

describe('background environment', () => {
  it('runs jobs hourly with e-mail off by default, linking to localhost', () => {
    const env = loadEnv({ PORT: '8080' });
    expect(env.jobs).toEqual({ enabled: true, reminderCron: '0 * * * *', housekeepingCron: '*/30 * * * *' });
    expect(env.mail).toBeUndefined();
    expect(env.appUrl).toBe('http://localhost:8080');
  });

  it('reads SMTP_URL, MAIL_FROM and APP_URL, turns jobs or the schedule off', () => {
    const env = loadEnv({
      JOBS_ENABLED: '0',
      REMINDER_CRON: 'off',
      HOUSEKEEPING_CRON: 'off',
      SMTP_URL: 'smtp://inovda:rahasia@mail.patikab.go.id:587',
      MAIL_FROM: 'Inovda Pati <inovda@patikab.go.id>',
      APP_URL: 'https://inovda.patikab.go.id/',
    });
    expect(env.jobs).toEqual({ enabled: false, reminderCron: null, housekeepingCron: null });
    expect(env.mail).toEqual({
      smtpUrl: 'smtp://inovda:rahasia@mail.patikab.go.id:587',
      from: 'Inovda Pati <inovda@patikab.go.id>',
    });
    expect(env.appUrl).toBe('https://inovda.patikab.go.id');
  });

  it.each([
    [{ SMTP_URL: 'http://mail.example.id' }, /SMTP_URL: harus URL smtp:\/\//],
    [{ MAIL_FROM: 'inovda' }, /MAIL_FROM: harus alamat e-mail/],
    [{ APP_URL: 'ftp://inovda.example.id' }, /APP_URL: harus URL http\(s\)/],
    [{ REMINDER_CRON: 'every hour' }, /REMINDER_CRON: harus 5 kolom cron/],
    [{ JOBS_ENABLED: 'maybe' }, /JOBS_ENABLED/],
    [{ SMTP_URL: 'smtp://mail.example.id' }, /MAIL_FROM wajib bila SMTP_URL diisi/],
  ])('refuses %o with a message naming the variable', (source, message) => {
    expect(() => loadEnv(source)).toThrow(EnvError);
    expect(() => loadEnv(source)).toThrow(message);
  });
});

describe('describeBackground', () => {
  it('says plainly that e-mail is off without SMTP_URL', () => {
    expect(describeBackground(loadEnv({}))).toEqual([
      'Pekerjaan latar: aktif, sapuan pengingat "0 * * * *" (WIB) / background jobs: on, reminder sweep "0 * * * *" (WIB)',
      'E-mail pengingat: mati, SMTP_URL belum diatur (pengingat hanya di aplikasi) / reminder e-mail: off, SMTP_URL not set (in-app reminders only)',
    ]);
  });

  it('names the SMTP server without its password, or why e-mail is off', () => {
    const source = { SMTP_URL: 'smtp://inovda:rahasia@mail.example.id:587', MAIL_FROM: 'inovda@example.id' };
    const [, on] = describeBackground(loadEnv(source));
    expect(on).toContain('aktif lewat smtp://inovda:***@mail.example.id:587 dari inovda@example.id');
    expect(on).not.toContain('rahasia');
    const [jobs, off] = describeBackground(loadEnv({ ...source, JOBS_ENABLED: '0' }));
    expect(jobs).toContain('mati (JOBS_ENABLED=0)');
    expect(off).toContain('mati karena JOBS_ENABLED=0');
  });
});
