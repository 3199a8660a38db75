// `pnpm start`: check the data directory, bind the port, open and migrate the database, seed the demo
// (idempotent), then serve the API and the built admin app on one port. Stops cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db, redactUrl } from '@inovda/db';
import { deployMigrations, MigrationError } from '@inovda/db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@inovda/db/seed';
import { purgeExpiredSessions } from './auth/session.ts';
import { purgeOldLoginAttempts } from './auth/throttle.ts';
import { type AppEnv, EnvError, loadEnv, REPO_ROOT } from './env.ts';
import { createExportRouter } from './exports/export-routes.ts';
import { describeBackground } from './jobs/describe.ts';
import { type JobRunner, startJobRunner } from './jobs/job-runner.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createServer } from './server.ts';
import { formatBanner } from './start/banner.ts';
import { assertDataDirWritable, StartupError } from './start/data-dir.ts';
import { bindPort, type PortBinding } from './start/listen.ts';
import { scoreForSeed, spdTierForSeed, storeBlobFor } from './start/seed-deps.ts';
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

async function start(env: AppEnv, running: Running): Promise<void> {
  assertDataDirWritable(env.dataDir);
  running.binding = await bindPort(env.port);

  console.log('Membuka database / opening the database ...');
  running.db = await createDb(
    env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: join(env.dataDir, 'db') },
  );
  const { prisma } = running.db;
  const { applied } = await deployMigrations(running.db);
  if (applied.length > 0) console.log(`Migrasi diterapkan / migrations applied: ${applied.join(', ')}`);

  const storage = createStorage({ dataDir: env.dataDir, s3: env.s3 });
  const seeded = await seedDemo(prisma, {
    score: scoreForSeed,
    spdTier: spdTierForSeed,
    storeBlob: storeBlobFor(storage),
  });
  const createdRows = (Object.values(seeded.created) as number[]).reduce((sum, n) => sum + n, 0);
  console.log(
    createdRows > 0
      ? `Data demo dibuat / demo data created: ${JSON.stringify(seeded.created)}`
      : 'Data demo sudah ada / demo data already present.',
  );
  const now = new Date();
  await purgeExpiredSessions(prisma, now);
  await purgeOldLoginAttempts(prisma, now);

  for (const line of describeBackground(env)) console.log(line);
  running.mailer = env.mail ? createMailer(env.mail) : undefined;
  if (env.jobs.enabled) {
    running.jobs = await startJobRunner({
      db: running.db,
      mailer: running.mailer ?? null,
      appUrl: env.appUrl,
      sweepCron: env.jobs.reminderCron,
      storage,
    });
  }

  running.uploads = createUploadRouter({
    prisma,
    storage,
    auth: env.auth,
    uploadDir: join(env.dataDir, 'uploads'),
    maxSizeBytes: env.uploadMaxBytes,
    evidenceText: running.jobs?.evidenceText ?? null,
  });
  const adminServed = existsSync(join(ADMIN_DIST, 'index.html'));
  const app = createServer({
    prisma,
    auth: env.auth,
    uploads: running.uploads,
    exports: createExportRouter({ prisma, storage, auth: env.auth }),
    storage,
    reminderMail: running.jobs?.mail ?? null,
    adminDist: ADMIN_DIST,
    trustProxy: env.trustProxy,
  });
  running.binding.serve(app);

  console.log(
    formatBanner({
      port: env.port,
      dataDir: env.dataDir,
      database: env.databaseUrl
        ? `PostgreSQL ${redactUrl(env.databaseUrl)}`
        : `PGlite ${join(env.dataDir, 'db')}`,
      adminServed,
      accounts: DEMO_ACCOUNTS,
      password: DEMO_PASSWORD,
    }),
  );
}

async function main(): Promise<void> {
  const running: Running = {};
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: menghentikan / stopping ...`);
    stop(running).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await start(loadEnv(), running);
  } catch (error) {
    // Expected problems get their message only; anything else keeps its stack for the bug report.
    console.error(
      error instanceof StartupError || error instanceof EnvError || error instanceof MigrationError
        ? error.message
        : error,
    );
    await stop(running).catch(() => undefined);
    process.exit(1);
  }
}

await main();
