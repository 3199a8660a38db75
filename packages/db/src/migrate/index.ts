// @inovda/db/migrate: the wasm schema-engine migration runner.
export {
  createMigration,
  deployMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  MigrationError,
} from './runner.ts';
export type { CreatedMigration, MigrateOptions, MigrationStatus } from './runner.ts';
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, readMigrationList } from './migrations-dir.ts';
export { PgMigrationFactory } from './pg-migration-factory.ts';
export { PGliteMigrationFactory } from './pglite-migration-factory.ts';
