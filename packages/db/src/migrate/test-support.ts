// Helpers for the migration tests: temporary copies of the committed migrations folder and schema.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-dir.ts';

export interface TempMigrations {
  dir: string;
  migrationsDir: string;
  schemaPath: string;
  addMigration(name: string, sql: string): void;
  remove(): void;
}

/** A temp folder with a copy of the committed migrations and schema, safe to edit. */
export function copyMigrations(): TempMigrations {
  const dir = mkdtempSync(join(tmpdir(), 'inovda-migrations-'));
  const migrationsDir = join(dir, 'migrations');
  const schemaPath = join(dir, 'schema.prisma');
  cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
  writeFileSync(schemaPath, readFileSync(DEFAULT_SCHEMA_PATH, 'utf8'));
  return {
    dir,
    migrationsDir,
    schemaPath,
    addMigration(name, sql) {
      mkdirSync(join(migrationsDir, name), { recursive: true });
      writeFileSync(join(migrationsDir, name, 'migration.sql'), sql);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
