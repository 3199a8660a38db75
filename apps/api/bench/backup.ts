// `pnpm --filter @inovda/api bench:backup`: size and time of inovda-admin backup and restore on the Pati demo (with
// its evidence files) and on the synthetic national dataset (546 regions, 36,742 innovations, with their 20
// indicator answers each). PostgreSQL when TEST_DATABASE_URL is set (fresh databases, dropped after), else PGlite in
// memory. Prints one line per measurement; the numbers are the machine's, not targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo, seedSynthetic } from '@inovda/db/seed';
import { createEmptyTestDb, createTestDb, testBackends } from '@inovda/db/testing';
import { runBackup } from '../src/admin-cli/backup/backup.ts';
import { runRestore } from '../src/admin-cli/backup/restore.ts';
import { scriptedIo } from '../src/admin-cli/testing.ts';
import { scoreForSeed, spdTierForSeed, storeBlobFor } from '../src/start/seed-deps.ts';
import { createStorage } from '../src/storage/index.ts';

const backend = testBackends().includes('postgres') ? 'postgres' : 'pglite';
const work = mkdtempSync(join(tmpdir(), 'inovda-bench-backup-'));
const io = scriptedIo({ interactive: false });

async function measure(
  name: string,
  fill: (db: Awaited<ReturnType<typeof createTestDb>>, dataDir: string) => Promise<void>,
) {
  const db = await createTestDb({ backend });
  const dataDir = mkdtempSync(join(work, 'src-'));
  const target = await createEmptyTestDb(backend);
  const targetDir = mkdtempSync(join(work, 'dst-'));
  try {
    await fill(db, dataDir);
    const file = join(work, `${name}.tar`);
    const backup = await runBackup({ db, storage: createStorage({ dataDir }), file }, io);
    const restore = await runRestore(
      { db: target, storage: createStorage({ dataDir: targetDir }), file },
      io,
    );
    process.stdout.write(
      `${backend} ${name}: ${backup.rows} rows in ${backup.tables} tables, ${backup.files} files -> ` +
        `${(backup.bytes / 1048576).toFixed(2)} MB; backup ${(backup.ms / 1000).toFixed(1)} s, restore ${(restore.ms / 1000).toFixed(1)} s ` +
        `(load ${(await import('node:os')).loadavg()[0]!.toFixed(1)})\n`,
    );
  } finally {
    await db.close();
    await target.close();
  }
}

await measure('demo', async (db, dataDir) => {
  await seedDemo(db.prisma, {
    score: scoreForSeed,
    spdTier: spdTierForSeed,
    storeBlob: storeBlobFor(createStorage({ dataDir })),
  });
});
await measure('national', async (db) => {
  await seedSynthetic(db.prisma, {
    regions: 546,
    unitsPerRegion: 60,
    totalInnovations: 36_742,
    withAnswers: true,
    score: (answers, edition) => scoreForSeed(answers, edition),
  });
});
rmSync(work, { recursive: true, force: true });
process.exit(0);
