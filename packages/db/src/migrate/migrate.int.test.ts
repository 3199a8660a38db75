import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyTestDb, testBackends, type TestDb } from '../testing.ts';
import { listMigrationNames } from './migrations-dir.ts';
import {
  createMigration,
  deployMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  MigrationError,
} from './runner.ts';
import { copyMigrations, type TempMigrations } from './test-support.ts';

const committed = listMigrationNames(join(import.meta.dirname, '../../prisma/migrations'));

describe.each(testBackends())('migrations on %s', (backend) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function emptyDb(): Promise<TestDb> {
    const db = await createEmptyTestDb(backend);
    cleanups.push(() => db.close());
    return db;
  }
  function tempMigrations(): TempMigrations {
    const temp = copyMigrations();
    cleanups.push(() => temp.remove());
    return temp;
  }

  it('the committed migrations produce exactly schema.prisma (empty diff)', async () => {
    const diff = await diffMigrationsToSchema(await emptyDb());
    expect(diff.script).toContain('empty migration');
    expect(diff.empty).toBe(true);
  });

  it('reports a non-empty diff when the schema has a change the migrations lack', async () => {
    const temp = tempMigrations();
    appendFileSync(temp.schemaPath, '\nmodel Probe {\n  id Int @id\n}\n');
    const diff = await diffMigrationsToSchema(await emptyDb(), { schemaPath: temp.schemaPath });
    expect(diff.empty).toBe(false);
    expect(diff.script).toContain('CREATE TABLE "Probe"');
  });

  it('deploys every migration once; a second deploy applies nothing', async () => {
    const db = await emptyDb();
    expect((await deployMigrations(db)).applied).toEqual(committed);
    expect((await deployMigrations(db)).applied).toEqual([]);
    const status = await migrationStatus(db);
    expect(status).toMatchObject({ upToDate: true, pending: [], failed: [], hasMigrationsTable: true });
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records a failing migration as failed (finished_at NULL), reports it and refuses to go on', async () => {
    const temp = tempMigrations();
    const broken = '29990101000000_broken';
    temp.addMigration(broken, 'CREATE TABLE "Half" (id INT);\nSELECT * FROM "no_such_table";\n');
    const db = await emptyDb();
    const error = await deployMigrations(db, { migrationsDir: temp.migrationsDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ code: 'MIGRATE.FAILED', details: { failedMigrationNames: [broken] } });
    expect((error as Error).message).toContain('no_such_table');
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; done: boolean }[]>(
      'SELECT migration_name, finished_at IS NOT NULL AS done FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows).toEqual([
      ...committed.map((m) => ({ migration_name: m, done: true })),
      { migration_name: broken, done: false },
    ]);
    // The script runs as one simple-protocol query, i.e. one implicit transaction: nothing half-applied.
    const half = await db.prisma.$queryRawUnsafe<{ exists: boolean }[]>(
      `SELECT to_regclass('public."Half"') IS NOT NULL AS exists`,
    );
    expect(half).toEqual([{ exists: false }]);
    const status = await migrationStatus(db, { migrationsDir: temp.migrationsDir });
    expect(status.failed).toEqual([broken]);
    expect(status.upToDate).toBe(false);
    await expect(deployMigrations(db, { migrationsDir: temp.migrationsDir })).rejects.toMatchObject({
      code: 'MIGRATE.FAILED',
    });
  });

  it('creates a new migration from a schema change, on a shadow database, without touching the main one', async () => {
    const temp = tempMigrations();
    appendFileSync(temp.schemaPath, '\nmodel Probe {\n  id Int @id\n}\n');
    const db = await emptyDb();
    await deployMigrations(db, { migrationsDir: temp.migrationsDir });
    const created = await createMigration(db, 'add_probe', {
      migrationsDir: temp.migrationsDir,
      schemaPath: temp.schemaPath,
    });
    expect(created.name).toMatch(/^\d{14}_add_probe$/);
    expect(readFileSync(join(created.path!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    expect(readdirSync(temp.migrationsDir)).toContain('migration_lock.toml');
    // Not applied to the main database: creating is not deploying.
    expect((await migrationStatus(db, { migrationsDir: temp.migrationsDir })).pending).toEqual([
      created.name,
    ]);
    const again = await createMigration(db, 'nothing', {
      migrationsDir: temp.migrationsDir,
      schemaPath: temp.schemaPath,
    });
    expect(again).toEqual({ name: null, path: null, script: null });
    expect((await migrationStatus(db, { migrationsDir: temp.migrationsDir })).upToDate).toBe(true);
  });

  it('refuses the dev flow when the history diverges (the engine asks for a reset) and keeps the data', async () => {
    const temp = tempMigrations();
    const db = await emptyDb();
    await deployMigrations(db, { migrationsDir: temp.migrationsDir });
    await db.prisma.region.create({ data: { code: '99.99', name: 'Kabupaten Uji' } });
    // The folder loses a migration the database has applied: only a reset could reconcile them.
    rmSync(join(temp.migrationsDir, committed.at(-1)!), { recursive: true });
    const error = await createMigration(db, 'next', {
      migrationsDir: temp.migrationsDir,
      schemaPath: temp.schemaPath,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MIGRATE.RESET_REQUIRED' });
    expect((error as Error).message).toMatch(/never resets/);
    expect(await db.prisma.region.count()).toBe(1);
    expect(readdirSync(temp.migrationsDir).filter((d) => d !== 'migration_lock.toml')).toEqual(
      committed.slice(0, -1),
    );
  });

  it('rejects an invalid migration name before touching anything', async () => {
    await expect(createMigration({ target: { kind: 'pglite' } } as never, 'Bad Name')).rejects.toMatchObject({
      code: 'MIGRATE.INVALID_NAME',
    });
  });
});
