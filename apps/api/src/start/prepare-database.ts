// What the start command does to the database before serving: apply pending migrations, seed the Pati demo
// where it is asked for (embedded PGlite by default, INOVDA_DEMO=1 elsewhere; the seed itself only writes into
// an empty database), and find out what the banner should tell the operator.
import type { Db, PrismaClient } from '@inovda/db';
import { deployMigrations, migrationStatus } from '@inovda/db/migrate';
import { DEMO_ACCOUNTS, type DemoAccount, seedDemo } from '@inovda/db/seed';
import type { AppEnv } from '../env.ts';
import { jobQueuesPending } from '../jobs/install.ts';
import { StartupError } from './data-dir.ts';
import type { Storage } from '../storage/index.ts';
import { scoreForSeed, spdTierForSeed, storeBlobFor } from './seed-deps.ts';

export interface PreparedDatabase {
  migrationsApplied: string[];
  /** Demo accounts present and active (the banner lists them); empty when there is no demo. */
  demoAccounts: DemoAccount[];
  /** No region yet: the operator must run `inovda-admin init` before anyone can sign in. */
  needsInit: boolean;
}

async function presentDemoAccounts(prisma: PrismaClient): Promise<DemoAccount[]> {
  const rows = await prisma.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) }, active: true },
    select: { email: true },
  });
  const present = new Set(rows.map((row) => row.email));
  return DEMO_ACCOUNTS.filter((account) => present.has(account.email));
}

/**
 * MIGRATE_ON_START=0: the app's role may not change the schema, so the server only checks that the owner has
 * migrated (Prisma migrations and pg-boss's queue schema) and refuses to start otherwise.
 */
async function assertMigrated(db: Db): Promise<string[]> {
  const status = await migrationStatus(db);
  const pending = [
    ...(status.hasMigrationsTable ? [] : ['_prisma_migrations']),
    ...status.pending,
    ...status.failed.map((name) => `${name} (gagal / failed)`),
    ...(await jobQueuesPending(db)),
  ];
  if (pending.length > 0) {
    throw new StartupError(
      `Database belum dimigrasi (MIGRATE_ON_START=0). Jalankan dulu sebagai pemilik skema: pnpm inovda-admin migrate (dengan MIGRATION_DATABASE_URL). Tertunda: ${pending.join(', ')}\n` +
        `The database is not migrated (MIGRATE_ON_START=0). First run, as the schema owner: pnpm inovda-admin migrate (with MIGRATION_DATABASE_URL). Pending: ${pending.join(', ')}`,
    );
  }
  return [];
}

export async function prepareDatabase(input: {
  db: Db;
  env: Pick<AppEnv, 'demo'> & Partial<Pick<AppEnv, 'migrateOnStart'>>;
  storage: Storage;
  log: (line: string) => void;
}): Promise<PreparedDatabase> {
  const { db, env, storage, log } = input;
  const applied =
    env.migrateOnStart === false ? await assertMigrated(db) : (await deployMigrations(db)).applied;
  if (applied.length > 0) log(`Migrasi diterapkan / migrations applied: ${applied.join(', ')}`);
  if (env.demo) {
    const seeded = await seedDemo(db.prisma, {
      score: scoreForSeed,
      spdTier: spdTierForSeed,
      storeBlob: storeBlobFor(storage),
    });
    if (!seeded.skipped) log(`Data demo dibuat / demo data created: ${JSON.stringify(seeded.created)}`);
  }
  return {
    migrationsApplied: applied,
    demoAccounts: await presentDemoAccounts(db.prisma),
    needsInit: (await db.prisma.region.count()) === 0,
  };
}
