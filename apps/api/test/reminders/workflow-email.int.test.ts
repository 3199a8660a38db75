// Workflow e-mail (issue 9 point 4) end to end, as the reminder e-mail is tested: the job runner (pg-boss) on the
// test database, a real SMTP server started here, the move queues the e-mail in its own transaction (the
// notification row is the outbox), the runner's worker delivers it. A failing SMTP server never breaks the move.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JobRunner, startJobRunner } from '../../src/jobs/job-runner.ts';
import { createMailer, type Mailer } from '../../src/mail/mailer.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';
import { callerWithMail } from './fixtures.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const APP_URL = 'https://inovda.uji.go.id';

let h: Harness;
let sink: SmtpSink;
let mailer: Mailer;
let runner: JobRunner | undefined;

async function startRunner(retryLimit = 2): Promise<JobRunner> {
  runner = await startJobRunner({
    db: h.db,
    mailer,
    appUrl: APP_URL,
    sweepCron: null,
    emailRetry: { limit: retryLimit, delaySeconds: 1 },
    pollingIntervalSeconds: 0.5,
    log: () => {},
  });
  return runner;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const recipient = (m: { to?: unknown }) =>
  m.to && !Array.isArray(m.to) ? ((m.to as { text?: string }).text ?? '') : '';

beforeEach(async () => {
  h = await createHarness();
  sink = await startSmtpSink();
  mailer = createMailer({ smtpUrl: sink.url, from: 'Inovda Kabupaten Uji <inovda@uji.go.id>' });
});
afterEach(async () => {
  await runner?.stop(2_000);
  runner = undefined;
  mailer.close();
  await sink.close();
  await h.close();
});

describe('workflow e-mail', () => {
  it('mails the verifier of a submission: Indonesian first, English below, a link to the review page', async () => {
    const jobs = await startRunner();
    const { submissionId, innovationId } = await createSubmission(h, 'DRAFT');
    const operator = await callerWithMail(h, 'operator', jobs.mail);
    await operator.innovation.submit({ submissionId, version: 1 });

    const [mail] = await sink.waitFor(1);
    if (!mail) throw new Error('no e-mail');
    expect(recipient(mail)).toBe(h.users.verifier.email);
    expect(mail.subject).toBe('[Inovda] Inovasi diajukan: Layanan Antar Obat (Unit DINAS-A)');
    const text = mail.text ?? '';
    expect(text.indexOf('Yth. User verifier,')).toBe(0);
    expect(text.indexOf('Yth. User verifier,')).toBeLessThan(text.indexOf('Dear User verifier,'));
    expect(text).toContain('User operator mengajukan inovasi ini untuk diverifikasi (IID 2026).');
    expect(text).toContain('Innovation submitted: Layanan Antar Obat (Unit DINAS-A).');
    expect(text).toContain(`Buka Inovda: ${APP_URL}/review/${innovationId}`);
    expect(text).toContain(`Matikan di ${APP_URL}/notifications`);
    await eventually(
      async () => (await h.prisma.notification.count({ where: { emailStatus: 'SENT' } })) === 1,
    );
    const row = await h.prisma.notification.findFirstOrThrow({ where: { userId: h.users.verifier.id } });
    expect(row).toMatchObject({ kind: 'workflow.submitted', emailAttempts: 1, emailError: null });
  });

  it('never breaks the move when SMTP fails: the return commits, the e-mail ends FAILED after its retries', async () => {
    const jobs = await startRunner(1);
    sink.failNext(1_000);
    const { submissionId } = await createSubmission(h, 'IN_REVIEW');
    const verifier = await callerWithMail(h, 'verifier', jobs.mail);
    const moved = await verifier.review.returnForRevision({ submissionId, version: 1, note: 'Lengkapi SK.' });
    expect(moved.state).toBe('RETURNED');
    expect(await h.prisma.notification.count({ where: { kind: 'workflow.returned' } })).toBe(1);
    await eventually(
      async () => (await h.prisma.notification.count({ where: { emailStatus: 'FAILED' } })) === 1,
      45_000,
    );
    const row = await h.prisma.notification.findFirstOrThrow({ where: { kind: 'workflow.returned' } });
    expect(row.emailAttempts).toBe(2);
    expect(row.emailError).toContain('451');
    expect(row.readAt).toBeNull();
    expect(sink.messages).toHaveLength(0);
    expect((await h.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).state).toBe(
      'RETURNED',
    );
  });

  it("honours the user's workflow e-mail opt-out (in-app still comes), audited", async () => {
    const jobs = await startRunner();
    const verifier = await callerWithMail(h, 'verifier', jobs.mail);
    expect(await verifier.notification.setEmailWorkflow({ enabled: false })).toMatchObject({
      emailWorkflow: false,
      emailReminders: true,
      emailAvailable: true,
    });
    const second = await h.prisma.user.create({
      data: {
        regionId: h.region.id,
        email: 'verifikator2@uji.inovda.id',
        name: 'Verifikator Dua',
        passwordHash: 'x',
        role: 'VERIFIER',
      },
    });
    const { submissionId } = await createSubmission(h, 'DRAFT');
    await (await callerWithMail(h, 'operator', jobs.mail)).innovation.submit({ submissionId, version: 1 });
    await sink.waitFor(1);
    await eventually(
      async () => (await h.prisma.notification.count({ where: { emailStatus: 'SENT' } })) === 1,
    );
    expect(sink.messages.map(recipient)).toEqual([second.email]);
    const mine = await h.prisma.notification.findFirstOrThrow({ where: { userId: h.users.verifier.id } });
    expect(mine.emailStatus).toBe('SKIPPED');
    expect(
      await h.prisma.auditEvent.findFirst({ where: { action: 'notification.setEmailWorkflow' } }),
    ).toMatchObject({
      actorId: h.users.verifier.id,
      before: { emailWorkflow: true },
      after: { emailWorkflow: false },
    });
  });
});
