// `inovda-admin migrate`: the migration step on its own, for installs where the app's database role may not
// change the schema (run this as the owner, MIGRATION_DATABASE_URL) or where upgrades are staged by hand.
import type { Db } from '@inovda/db';
import { deployMigrations, migrationStatus } from '@inovda/db/migrate';
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
  return applied;
}
