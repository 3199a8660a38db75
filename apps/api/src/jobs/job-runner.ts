// The background job runner: pg-boss (a PostgreSQL-backed queue) on the app's own database, so no extra server
// is needed. On PostgreSQL every API replica runs one; jobs are claimed with FOR UPDATE SKIP LOCKED, so each runs
// once, and the cron schedule is kept in the database, so the hourly sweep is queued once per hour, not once per
// replica. On the embedded PGlite it shares the app's single in-process connection.
import type { Db } from '@inovda/db';
import { DEFAULT_TIME_ZONE } from '@inovda/domain';
import PgBoss from 'pg-boss';
import { rootLogger } from '../log/logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import { deliverReminderEmail } from '../reminders/deliver-email.ts';
import { runReminderSweep } from '../reminders/sweep.ts';
import { deliverWorkflowEmail } from '../workflow-notify/deliver-email.ts';
import { pgliteBossDb, transactionBossDb } from './boss-db.ts';
import { type HousekeepingDeps, runHousekeeping } from './housekeeping.ts';
import type { ReminderMailQueue } from './types.ts';
import type { ReadLimits } from '@inovda/evidence-reader';
import { extractEvidenceText } from '../evidence-text/extract.ts';
import { backfillEvidenceText } from '../evidence-text/text-rows.ts';
import type { EvidenceTextQueue } from '../evidence-text/types.ts';
import type { Storage } from '../storage/index.ts';

/** pg-boss's tables live in their own schema, outside the Prisma migrations (pg-boss migrates it itself). */
export const JOB_SCHEMA = 'pgboss';
export const QUEUES = {
  sweep: 'reminder-sweep',
  email: 'reminder-email',
  workflowEmail: 'workflow-email',
  housekeeping: 'housekeeping',
  evidenceText: 'evidence-text',
} as const;

export interface JobRunnerOptions {
  db: Pick<Db, 'prisma' | 'target'>;
  /** Null when e-mail is off: reminders stay in-app and no e-mail queue is worked. */
  mailer: Mailer | null;
  /** The app's public address for links in e-mails (APP_URL). */
  appUrl: string;
  /** When the reminder sweep runs (cron, in WIB); null: only on demand. */
  sweepCron: string | null;
  /** E-mail retries after the first try, and the first delay (doubling with jitter after that). */
  emailRetry?: { limit: number; delaySeconds: number };
  /** How often an idle worker looks for work (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Housekeeping (sessions, login attempts, abandoned uploads, never-attached evidence) and its schedule. */
  housekeeping?: { deps: HousekeepingDeps; cron: string | null };
  /** The evidence store: with it, evidence files are read (text, OCR) in the background (src/evidence-text). */
  storage?: Storage;
  /** Limits of one evidence read (pages, time); the reader's defaults otherwise. */
  evidenceReadLimits?: ReadLimits;
  /** Retries of a failed evidence read and the first delay (default 2 retries, 30 s). */
  evidenceRetry?: { limit: number; delaySeconds: number };
  /** The scheduled sweep's clock (tests). */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface JobRunner {
  /** Queues reminder e-mails in a transaction; null when e-mail is off. */
  mail: ReminderMailQueue | null;
  /** Queues evidence reading in a transaction; null without a store. */
  evidenceText: EvidenceTextQueue | null;
  boss: PgBoss;
  /** Stops taking work, lets running jobs finish (up to `timeoutMs`), then detaches. The database stays open. */
  stop(timeoutMs?: number): Promise<void>;
}

const DEFAULT_EMAIL_RETRY = { limit: 5, delaySeconds: 60 };

function createBoss(target: JobRunnerOptions['db']['target'], pollingIntervalSeconds: number): PgBoss {
  const common = { schema: JOB_SCHEMA, application_name: 'inovda-jobs', pollingIntervalSeconds };
  return target.kind === 'pglite'
    ? new PgBoss({ ...common, db: pgliteBossDb(target.pglite) })
    : new PgBoss({ ...common, ...(target.config as PgBoss.DatabaseOptions), max: 4 });
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  await boss.createQueue(queue.name, queue); // no-op when it exists
  await boss.updateQueue(queue.name, queue); // so changed retry settings apply to an existing queue
}

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { prisma } = options.db;
  const log = options.log ?? ((line: string) => rootLogger().info(line));
  const now = options.now ?? (() => new Date());
  const polling = options.pollingIntervalSeconds ?? 2;
  const boss = createBoss(options.db.target, polling);
  boss.on('error', (error) => log(`[inovda] jobs: ${error.message}`));
  await boss.start();

  const mailer = options.mailer;
  const mail: ReminderMailQueue | null = mailer
    ? {
        async enqueue(tx, reminderIds) {
          if (reminderIds.length === 0) return;
          await boss.insert(
            reminderIds.map((reminderId) => ({ name: QUEUES.email, data: { reminderId } })),
            { db: transactionBossDb(tx) },
          );
        },
        async enqueueNotifications(tx, notificationIds) {
          if (notificationIds.length === 0) return;
          await boss.insert(
            notificationIds.map((notificationId) => ({
              name: QUEUES.workflowEmail,
              data: { notificationId },
            })),
            { db: transactionBossDb(tx) },
          );
        },
      }
    : null;

  await ensureQueue(boss, { name: QUEUES.sweep, policy: 'singleton', retryLimit: 1, expireInSeconds: 600 });
  await boss.work(QUEUES.sweep, { pollingIntervalSeconds: polling }, async () => {
    const result = await runReminderSweep(prisma, { now: now(), mail });
    if (result.notifications > 0) {
      log(`[inovda] pengingat / reminders: ${result.notifications} notifikasi, ${result.emails} e-mail`);
    }
    return { notifications: result.notifications, emails: result.emails };
  });
  if (options.sweepCron) {
    await boss.schedule(QUEUES.sweep, options.sweepCron, {}, { tz: DEFAULT_TIME_ZONE });
  } else {
    await boss.unschedule(QUEUES.sweep);
  }

  if (options.housekeeping) {
    const { deps, cron } = options.housekeeping;
    await ensureQueue(boss, {
      name: QUEUES.housekeeping,
      policy: 'singleton',
      retryLimit: 1,
      expireInSeconds: 1_800,
    });
    await boss.work(QUEUES.housekeeping, { pollingIntervalSeconds: polling }, async () => {
      const result = await runHousekeeping(deps, now());
      if (Object.values(result).some((n) => n > 0))
        log(`[inovda] pemeliharaan / housekeeping: ${JSON.stringify(result)}`);
      return result;
    });
    if (cron) await boss.schedule(QUEUES.housekeeping, cron, {}, { tz: DEFAULT_TIME_ZONE });
    else await boss.unschedule(QUEUES.housekeeping);
  }

  if (mailer) {
    const retry = options.emailRetry ?? DEFAULT_EMAIL_RETRY;
    await ensureQueue(boss, {
      name: QUEUES.email,
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    await boss.work<{ reminderId: string }>(
      QUEUES.email,
      { includeMetadata: true, pollingIntervalSeconds: polling },
      async ([job]) => {
        if (!job) return;
        await deliverReminderEmail(
          { prisma, mailer, appUrl: options.appUrl, now },
          { reminderId: job.data.reminderId, retryCount: job.retryCount, retryLimit: job.retryLimit },
        );
      },
    );
    await ensureQueue(boss, {
      name: QUEUES.workflowEmail,
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    await boss.work<{ notificationId: string }>(
      QUEUES.workflowEmail,
      { includeMetadata: true, pollingIntervalSeconds: polling },
      async ([job]) => {
        if (!job) return;
        await deliverWorkflowEmail(
          { prisma, mailer, appUrl: options.appUrl, now },
          { notificationId: job.data.notificationId, retryCount: job.retryCount, retryLimit: job.retryLimit },
        );
      },
    );
  }

  const evidenceText = options.storage ? await startEvidenceText(boss, options, polling, log) : null;

  return {
    mail,
    evidenceText,
    boss,
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}

/**
 * The evidence-text queue: one job per content (singleton key = sha256), worked one at a time (OCR is heavy on a
 * small machine), two retries for a read that failed (a timeout under load). At start, every stored file not yet
 * read is queued once (the backfill of existing evidence).
 */
async function startEvidenceText(
  boss: PgBoss,
  options: JobRunnerOptions,
  polling: number,
  log: (line: string) => void,
): Promise<EvidenceTextQueue> {
  const { prisma } = options.db;
  const storage = options.storage;
  if (!storage) throw new Error('storage required');
  const retry = options.evidenceRetry ?? { limit: 2, delaySeconds: 30 };
  await ensureQueue(boss, {
    name: QUEUES.evidenceText,
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    expireInSeconds: 900,
  });
  await boss.work<{ sha256: string }>(
    QUEUES.evidenceText,
    // pg-boss waits the polling interval between fetches: the shortest keeps a backlog (the backfill) moving.
    { includeMetadata: true, pollingIntervalSeconds: Math.min(polling, 0.5), batchSize: 1 },
    async ([job]) => {
      if (!job) return;
      const outcome = await extractEvidenceText(
        {
          prisma,
          storage,
          ...(options.evidenceReadLimits ? { limits: options.evidenceReadLimits } : {}),
          now: options.now ?? (() => new Date()),
        },
        job.data.sha256,
        { retryCount: job.retryCount, retryLimit: job.retryLimit },
      );
      return { outcome };
    },
  );
  const queue: EvidenceTextQueue = {
    async enqueue(tx, sha256s) {
      if (sha256s.length === 0) return;
      await boss.insert(
        // A fresh upload (someone is waiting for it) goes before the backfill of older evidence.
        sha256s.map((sha256) => ({
          name: QUEUES.evidenceText,
          data: { sha256 },
          singletonKey: sha256,
          priority: 10,
        })),
        { db: transactionBossDb(tx) },
      );
    },
  };
  const waiting = await backfillEvidenceText(prisma);
  for (const sha256 of waiting) await boss.send(QUEUES.evidenceText, { sha256 }, { singletonKey: sha256 });
  if (waiting.length > 0) log(`[inovda] bukti dibaca / evidence to read: ${waiting.length}`);
  return queue;
}
