// What the start command does to the database before serving: apply pending migrations, seed the Pati demo
// where it is asked for (embedded PGlite by default, INOVDA_DEMO=1 elsewhere; the seed itself only writes into
// an empty database), and find out what the banner should tell the operator.
import type { Db, PrismaClient } from '@inovda/db';
import { deployMigrations } from '@inovda/db/migrate';
import { DEMO_ACCOUNTS, type DemoAccount, seedDemo } from '@inovda/db/seed';
import type { AppEnv } from '../env.ts';
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

export async function prepareDatabase(input: {
  db: Db;
  env: Pick<AppEnv, 'demo'>;
  storage: Storage;
  log: (line: string) => void;
}): Promise<PreparedDatabase> {
  const { db, env, storage, log } = input;
  const { applied } = await deployMigrations(db);
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
