// `pnpm db:migrate:new <name>`, `pnpm db:migrate`, `pnpm db:status` against DATABASE_URL or the PGlite data dir.
// The engine leaves a 10 s timer pending, so the process exits explicitly when done.
import { createDb } from '../client.ts';
import { dbOptionsFromEnv, describeDbOptions } from '../env.ts';
import { createMigration, deployMigrations, migrationStatus } from './runner.ts';

async function run(command: string, arg: string | undefined): Promise<number> {
  const options = dbOptionsFromEnv();
  const db = await createDb(options);
  console.log(`Database: ${describeDbOptions(options)}`);
  try {
    switch (command) {
      case 'deploy': {
        const { applied } = await deployMigrations(db);
        console.log(
          applied.length
            ? `Diterapkan / applied: ${applied.join(', ')}`
            : 'Tidak ada migrasi baru / nothing to apply',
        );
        return 0;
      }
      case 'status': {
        const s = await migrationStatus(db);
        console.log(`Migrasi / migrations: ${s.migrations.length}`);
        if (s.pending.length) console.log(`Belum diterapkan / pending: ${s.pending.join(', ')}`);
        if (s.failed.length) console.log(`Gagal / failed: ${s.failed.join(', ')}`);
        if (s.edited.length)
          console.log(`Diubah setelah diterapkan / edited after apply: ${s.edited.join(', ')}`);
        if (s.history && s.history.diagnostic !== 'databaseIsBehind')
          console.log(`Riwayat / history: ${s.history.diagnostic}`);
        console.log(
          s.upToDate
            ? 'Database mutakhir / database is up to date'
            : 'Database belum mutakhir / database is not up to date',
        );
        return s.upToDate ? 0 : 1;
      }
      case 'new': {
        if (!arg) {
          console.error('Pemakaian / usage: pnpm db:migrate:new <name>');
          return 2;
        }
        const created = await createMigration(db, arg);
        console.log(
          created.path
            ? `Migrasi dibuat / migration created: ${created.path}\nTerapkan dengan / apply with: pnpm db:migrate`
            : 'Skema tidak berubah / no schema changes, no migration created',
        );
        return 0;
      }
      default:
        console.error('Pemakaian / usage: cli.ts deploy | status | new <name>');
        return 2;
    }
  } finally {
    await db.close();
  }
}

run(process.argv[2] ?? '', process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
