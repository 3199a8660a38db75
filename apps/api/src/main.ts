// `pnpm start` / `node dist/main.js`: check the data directory, bind the port, open and migrate the database,
// seed the demo where asked (start/prepare-database.ts), then serve the API and the built admin app on one port.
// Stops cleanly on SIGINT/SIGTERM. Everything it says goes through the logger (JSON in production).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db, redactUrl } from '@inovda/db';
import { MigrationError } from '@inovda/db/migrate';
import { DEMO_PASSWORD } from '@inovda/db/seed';
import { type AppEnv, earlyLogSettings, EnvError, loadEnv, REPO_ROOT } from './env.ts';
import { createExportRouter } from './exports/export-routes.ts';
import { describeBackground } from './jobs/describe.ts';
import { type JobRunner, startJobRunner } from './jobs/job-runner.ts';
import { createLogger, type Logger, setRootLogger } from './log/logger.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createServer } from './server.ts';
import { announceReady } from './start/banner.ts';
import { assertDataDirWritable, StartupError } from './start/data-dir.ts';
import { bindPort, type PortBinding } from './start/listen.ts';
import { prepareDatabase } from './start/prepare-database.ts';
import { productionWarnings } from './start/production-warnings.ts';
import { createStorage } from './storage/index.ts';
import { createUploadRouter, type UploadRouter } from './uploads/upload-router.ts';

const ADMIN_DIST = join(REPO_ROOT, 'apps/admin/dist');
const SHUTDOWN_GRACE_MS = 5_000;

interface Running {
  binding?: PortBinding;
  db?: Db;
  uploads?: UploadRouter;
  jobs?: JobRunner;
  mailer?: Mailer;
}

async function stop(running: Running): Promise<void> {
  running.uploads?.close();
  const server = running.binding?.server;
  if (server?.listening) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Long-lived connections (an upload in flight) get a grace period, then are cut.
    const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    timer.unref();
    await closed;
    clearTimeout(timer);
  }
  // Running jobs finish (or are handed back to the queue) before the database closes.
  await running.jobs?.stop(SHUTDOWN_GRACE_MS);
  running.mailer?.close();
  await running.db?.close();
}

async function start(env: AppEnv, logger: Logger, running: Running): Promise<void> {
  assertDataDirWritable(env.dataDir);
  for (const warning of productionWarnings(env)) logger.warn(warning);
  running.binding = await bindPort(env.port);

  logger.info('Membuka database / opening the database ...');
  running.db = await createDb(
    env.databaseUrl ? { databaseUrl: env.databaseUrl, logger } : { dataDir: join(env.dataDir, 'db'), logger },
  );
  const { prisma } = running.db;
  const storage = createStorage({ dataDir: env.dataDir, s3: env.s3 });
  const prepared = await prepareDatabase({
    db: running.db,
    env,
    storage,
    log: (line) => logger.info(line),
  });

  for (const line of describeBackground(env)) logger.info(line);
  running.mailer = env.mail ? createMailer(env.mail) : undefined;
  const uploadDir = join(env.dataDir, 'uploads');
  if (env.jobs.enabled) {
    running.jobs = await startJobRunner({
      db: running.db,
      mailer: running.mailer ?? null,
      appUrl: env.appUrl,
      sweepCron: env.jobs.reminderCron,
      housekeeping: {
        cron: env.jobs.housekeepingCron,
        deps: {
          prisma,
          storage,
          uploadDir,
          uploadGraceMs: env.grace.uploadMs,
          evidenceGraceMs: env.grace.evidenceMs,
        },
      },
      log: (line) => logger.info(line),
      storage,
    });
  }

  running.uploads = createUploadRouter({
    prisma,
    storage,
    auth: env.auth,
    uploadDir,
    maxSizeBytes: env.uploadMaxBytes,
    quotaBytesPerDay: env.uploadQuotaBytesPerDay,
    expireAfterMs: env.grace.uploadMs,
    // The housekeeping job sweeps abandoned uploads once for all replicas; without jobs, this process does.
    sweepIntervalMs: env.jobs.enabled ? 0 : undefined,
    evidenceText: running.jobs?.evidenceText ?? null,
  });
  const adminServed = existsSync(join(ADMIN_DIST, 'index.html'));
  const app = createServer({
    prisma,
    auth: env.auth,
    uploads: running.uploads,
    exports: createExportRouter({
      prisma,
      storage,
      auth: env.auth,
      packageCacheDir: join(env.dataDir, 'package-cache'),
    }),
    storage,
    reminderMail: running.jobs?.mail ?? null,
    adminDist: ADMIN_DIST,
    trustProxy: env.trustProxy,
    publicOrigin: new URL(env.appUrl).origin,
    logger,
  });
  running.binding.serve(app);

  announceReady(logger, env.log.format, {
    url: env.appUrl,
    dataDir: env.dataDir,
    database: env.databaseUrl
      ? `PostgreSQL ${redactUrl(env.databaseUrl)}`
      : `PGlite ${join(env.dataDir, 'db')}`,
    adminServed,
    demoAccounts: prepared.demoAccounts,
    password: DEMO_PASSWORD,
    needsInit: prepared.needsInit,
  });
}

/** The logger before the environment is known (to report a bad environment). */
function fallbackLogger(): Promise<Logger> {
  return createLogger({ format: earlyLogSettings().production ? 'json' : 'pretty' });
}

async function main(): Promise<void> {
  let env: AppEnv;
  try {
    env = loadEnv();
  } catch (error) {
    (await fallbackLogger()).fatal(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const logger = await createLogger(env.log);
  setRootLogger(logger);

  const running: Running = {};
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info(`${signal}: menghentikan / stopping ...`);
    stop(running).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Gagal berhenti dengan rapi / unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await start(env, logger, running);
  } catch (error) {
    // Expected problems get their message only; anything else keeps its stack for the bug report.
    if (error instanceof StartupError || error instanceof MigrationError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'Gagal memulai / failed to start');
    await stop(running).catch(() => undefined);
    process.exit(1);
  }
}

await main();
