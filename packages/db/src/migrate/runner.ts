// The migration commands, driven by Prisma's schema engine: deploy (applyMigrations), status
// (diagnoseMigrationHistory), create (devDiagnostic + createMigration, never a reset) and the
// migrations-to-schema diff used by the tests.
import { readFileSync } from 'node:fs';
import type { HistoryDiagnostic } from '@prisma/schema-engine-wasm';
import type { DbTarget } from '../client.ts';
import { engineErrorMessage, withSchemaEngine, type MigrationFactory } from './engine-session.ts';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  listMigrationNames,
  readMigrationList,
  writeMigration,
} from './migrations-dir.ts';
import type { SchemaEngine } from './schema-engine.ts';

export interface MigrateOptions {
  migrationsDir?: string;
  schemaPath?: string;
  /** Called with the factory after the work, e.g. to inspect the shadow databases it opened (tests). */
  onFactory?: (factory: MigrationFactory) => void;
}

type MigrationErrorCode =
  'MIGRATE.FAILED' | 'MIGRATE.RESET_REQUIRED' | 'MIGRATE.INVALID_NAME' | 'MIGRATE.ENGINE';

export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly details: { failedMigrationNames?: string[]; reason?: string } = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };
type Target = { target: DbTarget };

function paths(options: MigrateOptions) {
  return {
    migrationsDir: options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
    schemaPath: options.schemaPath ?? DEFAULT_SCHEMA_PATH,
  };
}

async function session<T>(
  db: Target,
  options: MigrateOptions,
  work: (engine: SchemaEngine, migrationsDir: string, schemaPath: string) => Promise<T>,
): Promise<T> {
  const { migrationsDir, schemaPath } = paths(options);
  return withSchemaEngine(db.target, schemaPath, async (engine, factory) => {
    try {
      return await work(engine, migrationsDir, schemaPath);
    } finally {
      options.onFactory?.(factory);
    }
  });
}

/** Applies every pending migration. A failing migration throws MIGRATE.FAILED and stays recorded as failed. */
export async function deployMigrations(
  db: Target,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  return session(db, options, async (engine, migrationsDir) => {
    const migrationsList = readMigrationList(migrationsDir);
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return { applied: out.appliedMigrationNames };
    } catch (error) {
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS })
        .catch(() => undefined);
      const failed = diagnosis?.failedMigrationNames ?? [];
      throw new MigrationError(
        'MIGRATE.FAILED',
        `Migrasi gagal / migration failed${failed.length ? ` (${failed.join(', ')})` : ''}: ${engineErrorMessage(error)}`,
        { failedMigrationNames: failed },
        { cause: error },
      );
    }
  });
}

export interface MigrationStatus {
  migrations: string[];
  hasMigrationsTable: boolean;
  pending: string[];
  failed: string[];
  edited: string[];
  history: HistoryDiagnostic | null;
  upToDate: boolean;
}

/** Compares the migrations folder with the database's `_prisma_migrations` table (no shadow database). */
export async function migrationStatus(db: Target, options: MigrateOptions = {}): Promise<MigrationStatus> {
  return session(db, options, async (engine, migrationsDir) => {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList: readMigrationList(migrationsDir),
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const pending = out.history?.diagnostic === 'databaseIsBehind' ? out.history.unappliedMigrationNames : [];
    return {
      migrations: listMigrationNames(migrationsDir),
      hasMigrationsTable: out.hasMigrationsTable,
      pending: out.history?.diagnostic === 'historiesDiverge' ? out.history.unappliedMigrationNames : pending,
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
      history: out.history,
      upToDate:
        out.history === null &&
        out.failedMigrationNames.length === 0 &&
        out.editedMigrationNames.length === 0,
    };
  });
}

export interface CreatedMigration {
  /** Folder name `<timestamp>_<name>`, or null when the schema has no changes. */
  name: string | null;
  path: string | null;
  script: string | null;
}

/**
 * Generates a migration from the schema against the migrations folder (replayed on a shadow database).
 * Refuses, and never resets, when the engine says the database would need a reset. Pending committed
 * migrations are applied first (as in `prisma migrate dev`); the new one is written, not applied.
 */
export async function createMigration(
  db: Target,
  name: string,
  options: MigrateOptions = {},
): Promise<CreatedMigration> {
  if (!/^[a-z0-9][a-z0-9_]*$/.test(name)) {
    throw new MigrationError(
      'MIGRATE.INVALID_NAME',
      `Nama migrasi tidak valid / invalid migration name "${name}": use lowercase letters, digits and _`,
    );
  }
  return session(db, options, async (engine, migrationsDir, schemaPath) => {
    const migrationsList = readMigrationList(migrationsDir);
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (diagnostic.action.tag === 'reset') {
      throw new MigrationError(
        'MIGRATE.RESET_REQUIRED',
        'Riwayat migrasi database ini berbeda dengan folder migrasi; Inovda tidak pernah me-reset database. ' +
          'Periksa folder migrasi atau gunakan database pengembangan baru. / The database migration history ' +
          `diverges from the migrations folder; Inovda never resets a database. Reason: ${diagnostic.action.reason}`,
        { reason: diagnostic.action.reason },
      );
    }
    // As `prisma migrate dev` does: bring the database up to the committed history first. The engine reads
    // the shadow database it replayed in devDiagnostic, so diagnose again after applying.
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    if (appliedMigrationNames.length) await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
      filters: NO_FILTERS,
    });
    if (out.migrationScript === null) return { name: null, path: null, script: null };
    const path = writeMigration(migrationsDir, out.generatedMigrationName, out.migrationScript);
    return { name: out.generatedMigrationName, path, script: out.migrationScript };
  });
}

/** SQL that would bring a database built from the migrations folder to the schema; empty when in sync. */
export async function diffMigrationsToSchema(
  db: Target,
  options: MigrateOptions = {},
): Promise<{ empty: boolean; script: string }> {
  return session(db, options, async (engine, migrationsDir, schemaPath) => {
    const out = await engine.diff({
      from: { tag: 'migrations', ...readMigrationList(migrationsDir) },
      to: {
        tag: 'schemaDatamodel',
        files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }],
      },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return { empty: out.exitCode === 0, script: out.stdout ?? '' };
  });
}
