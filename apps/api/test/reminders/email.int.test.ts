// Reminder e-mail end to end on a real database and a real SMTP server started here: the job runner (pg-boss) is
// started on the test database, `reminder.runNow` queues the e-mails in its transaction, the runner's worker
// delivers them through nodemailer. Covers content, retry after an SMTP failure, the last failure, the opt-out,
// two runners on one database (two replicas) and the scheduled sweep job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobRunner, QUEUES, startJobRunner } from '../../src/jobs/job-runner.ts';
import { createMailer, type Mailer } from '../../src/mail/mailer.ts';
import { deliverReminderEmail } from '../../src/reminders/deliver-email.ts';
import { createHarness, type Harness } from '../harness.ts';
import { callerWithMail, seedRegionA, setClock, wib } from './fixtures.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const APP_URL = 'https://inovda.uji.go.id';
const D3 = wib('2026-06-12T08:00');

let h: Harness;
let sink: SmtpSink;
let mailer: Mailer;
const runners: JobRunner[] = [];

async function startRunner(options: { retryLimit?: number } = {}): Promise<JobRunner> {
  const runner = await startJobRunner({
    db: h.db,
    mailer,
    appUrl: APP_URL,
    sweepCron: '0 * * * *',
    emailRetry: { limit: options.retryLimit ?? 2, delaySeconds: 1 },
    pollingIntervalSeconds: 0.5,
    log: () => {},
  });
  runners.push(runner);
  return runner;
}

async function runNow(runner: JobRunner, at = D3) {
  setClock(h, at);
  return (await callerWithMail(h, 'admin', runner.mail)).reminder.runNow();
}

/** Polls until `check` holds (the worker delivers in the background). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeEach(async () => {
  h = await createHarness();
  await seedRegionA(h);
  sink = await startSmtpSink();
  mailer = createMailer({ smtpUrl: sink.url, from: 'Inovda Kabupaten Uji <inovda@uji.go.id>' });
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop(2_000);
  mailer.close();
  await sink.close();
  await h.close();
});

describe('reminder e-mail', () => {
  it('is delivered to the SMTP server: Indonesian first, English below, text and HTML, a link to the app', async () => {
    const runner = await startRunner();
    const result = await runNow(runner);
    expect(result).toMatchObject({ notifications: 3, emails: 3, emailAvailable: true });
    const messages = await sink.waitFor(3);
    const mail = messages.find((m) => m.to && !Array.isArray(m.to) && m.to.text === h.users.operator.email);
    if (!mail) throw new Error('no e-mail to the operator');
    expect(mail.from?.value[0]).toEqual({ address: 'inovda@uji.go.id', name: 'Inovda Kabupaten Uji' });
    expect(mail.subject).toBe('[Inovda] Pengingat: tenggat internal IID 2026 tinggal 3 hari');
    const text = mail.text ?? '';
    expect(text.indexOf('Yth. User operator,')).toBe(0);
    expect(text.indexOf('Yth. User operator,')).toBeLessThan(text.indexOf('Dear User operator,'));
    expect(text).toContain('Di unit Anda 1 inovasi masih draf dan 1 inovasi dikembalikan untuk perbaikan');
    expect(text).toContain('Tenggat: Senin, 15 Juni 2026 pukul 23.59 WIB.');
    expect(text).toContain('Reminder: IID 2026 internal deadline in 3 days.');
    expect(text).toContain('1 unit has no innovation for this period yet: Unit UPTD-A.');
    expect(text).toContain(`Buka Inovda: ${APP_URL}/innovations`);
    expect(text).toContain(`Open Inovda: ${APP_URL}/innovations`);
    expect(text).toContain(`Matikan di ${APP_URL}/notifications`);
    expect(mail.html).toContain(`<a href="${APP_URL}/innovations">Buka Inovda</a>`);
    expect(mail.html).toContain('<div lang="en"');

    const admin = messages.find((m) => m.subject && m.html && m.html.includes(`period=${h.period.id}`));
    expect(admin?.html).toContain(`href="${APP_URL}/dashboard?period=${h.period.id}"`);
    await eventually(
      async () => (await h.prisma.deadlineReminder.count({ where: { emailStatus: 'SENT' } })) === 3,
    );
    const sent = await h.prisma.deadlineReminder.findMany({
      select: { emailAttempts: true, emailSentAt: true },
    });
    expect(sent.every((r) => r.emailAttempts === 1 && r.emailSentAt !== null)).toBe(true);
  });

  it('is retried after an SMTP failure, with the in-app notification there from the start', async () => {
    const runner = await startRunner();
    sink.failNext(1);
    await runNow(runner);
    expect(await h.prisma.notification.count({ where: { kind: 'reminder.deadline' } })).toBe(3);
    await sink.waitFor(3);
    expect(sink.refused).toBe(1);
    await eventually(
      async () => (await h.prisma.deadlineReminder.count({ where: { emailStatus: 'SENT' } })) === 3,
    );
    const attempts = (await h.prisma.deadlineReminder.findMany()).map((r) => r.emailAttempts).sort();
    expect(attempts).toEqual([1, 1, 2]);
  });

  it('ends FAILED after the last retry, and the notification stays', async () => {
    const runner = await startRunner({ retryLimit: 1 });
    sink.failNext(1_000);
    await runNow(runner);
    await eventually(
      async () => (await h.prisma.deadlineReminder.count({ where: { emailStatus: 'FAILED' } })) === 3,
      45_000,
    );
    const rows = await h.prisma.deadlineReminder.findMany();
    expect(rows.every((r) => r.emailAttempts === 2 && r.emailError?.includes('451'))).toBe(true);
    expect(sink.messages).toHaveLength(0);
    expect(await h.prisma.notification.count({ where: { kind: 'reminder.deadline' } })).toBe(3);
  });

  it("honours the user's opt-out, also one made after the e-mail was queued", async () => {
    const runner = await startRunner();
    const operator = await callerWithMail(h, 'operator', runner.mail);
    expect(await operator.notification.preferences()).toEqual({
      email: h.users.operator.email,
      emailReminders: true,
      emailWorkflow: true,
      emailAvailable: true,
    });
    expect(await operator.notification.setEmailReminders({ enabled: false })).toMatchObject({
      emailReminders: false,
    });
    const result = await runNow(runner);
    expect(result).toMatchObject({ notifications: 3, emails: 2 });
    await sink.waitFor(2);
    await eventually(
      async () => (await h.prisma.deadlineReminder.count({ where: { emailStatus: 'SENT' } })) === 2,
    );
    const mine = await h.prisma.deadlineReminder.findFirstOrThrow({ where: { userId: h.users.operator.id } });
    expect(mine.emailStatus).toBe('SKIPPED');
    expect(sink.messages.map((m) => (Array.isArray(m.to) ? '' : m.to?.text))).not.toContain(
      h.users.operator.email,
    );

    // Queued while e-mail was on, turned off before the worker got to it: nothing is sent.
    await h.prisma.deadlineReminder.update({ where: { id: mine.id }, data: { emailStatus: 'QUEUED' } });
    const outcome = await deliverReminderEmail(
      { prisma: h.prisma, mailer, appUrl: APP_URL },
      { reminderId: mine.id, retryCount: 0, retryLimit: 2 },
    );
    expect(outcome).toBe('skipped');
    expect((await h.prisma.deadlineReminder.findUniqueOrThrow({ where: { id: mine.id } })).emailStatus).toBe(
      'SKIPPED',
    );
    expect(sink.messages).toHaveLength(2);
    const audit = await h.prisma.auditEvent.findFirst({
      where: { action: 'notification.setEmailReminders' },
    });
    expect(audit).toMatchObject({ actorId: h.users.operator.id, before: { emailReminders: true } });
  });

  it('is sent once per reminder when two runners (two API replicas) work the same queue', async () => {
    const [first] = [await startRunner(), await startRunner()];
    const extra = Array.from({ length: 12 }, (_, i) => ({
      regionId: h.region.id,
      unitId: h.units.dinasA,
      role: 'OPERATOR' as const,
      email: `operator-${i}@uji.inovda.id`,
      name: `Operator ${i}`,
      passwordHash: 'x',
    }));
    await h.prisma.user.createMany({ data: extra });
    if (!first) throw new Error('no runner');
    expect((await runNow(first)).emails).toBe(15);
    await sink.waitFor(15, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // room for a duplicate to show up
    const recipients = sink.messages.map((m) => (Array.isArray(m.to) ? '' : (m.to?.text ?? '')));
    expect(recipients).toHaveLength(15);
    expect(new Set(recipients).size).toBe(15);
  });

  it('runs the sweep as a scheduled job (hourly in WIB) and mails what it finds', async () => {
    const runner = await startRunner();
    const schedules = await runner.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz])).toEqual([
      [QUEUES.sweep, '0 * * * *', 'Asia/Jakarta'],
    ]);
    // What the cron would queue at the top of the hour; the worker runs it with the real clock (after June 2026,
    // so the internal deadline is overdue).
    await runner.boss.send(QUEUES.sweep, {});
    await eventually(async () => (await h.prisma.deadlineReminder.count()) === 3);
    const rows = await h.prisma.deadlineReminder.findMany();
    expect(rows.every((r) => r.milestone === 'OVERDUE')).toBe(true);
    const messages = await sink.waitFor(3);
    expect(messages.every((m) => m.subject === '[Inovda] Sudah lewat: tenggat internal IID 2026')).toBe(true);
    expect(await h.prisma.auditEvent.count({ where: { action: 'reminder.sweep', actorId: null } })).toBe(1);
  });
});
