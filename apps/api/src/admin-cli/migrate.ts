// `inovda-admin migrate`: the migration step on its own, for installs where the app's database role may not
// change the schema (run this as the owner, MIGRATION_DATABASE_URL, with the server on MIGRATE_ON_START=0) or
// where upgrades are staged by hand. On PostgreSQL it also installs pg-boss's schema and every job queue, which
// the restricted app role cannot create (see grant-app-role.ts).
import type { Db } from '@inovda/db';
import { deployMigrations, migrationStatus } from '@inovda/db/migrate';
import { installJobQueues } from '../jobs/install.ts';
import { type AdminIo, both } from './io.ts';

export async function runMigrate(db: Db, io: AdminIo): Promise<string[]> {
  const { applied } = await deployMigrations(db);
  const status = await migrationStatus(db);
  io.out(
    applied.length > 0
      ? both(`Migrasi diterapkan: ${applied.join(', ')}`, `Migrations applied: ${applied.join(', ')}`)
      : both('Database sudah mutakhir.', 'The database is up to date.'),
  );
  if (status.pending.length > 0) io.out(`pending: ${status.pending.join(', ')}`);
  if (db.target.kind === 'postgres') {
    const queues = await installJobQueues(db);
    if (queues.length > 0) {
      io.out(both(`Antrean tugas dibuat: ${queues.join(', ')}`, `Job queues created: ${queues.join(', ')}`));
    }
  }
  return applied;
}
