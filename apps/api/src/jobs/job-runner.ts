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
import { pgliteBossDb, transactionBossDb } from './boss-db.ts';
import { type HousekeepingDeps, runHousekeeping } from './housekeeping.ts';
import type { ReminderMailQueue } from './types.ts';

/** pg-boss's tables live in their own schema, outside the Prisma migrations (pg-boss migrates it itself). */
export const JOB_SCHEMA = 'pgboss';
export const QUEUES = {
  sweep: 'reminder-sweep',
  email: 'reminder-email',
  housekeeping: 'housekeeping',
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
  /** The scheduled sweep's clock (tests). */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface JobRunner {
  /** Queues reminder e-mails in a transaction; null when e-mail is off. */
  mail: ReminderMailQueue | null;
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
  }

  return {
    mail,
    boss,
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}
