import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { createEmptyTestDb, testBackends, testDatabaseUrl, type TestDb } from '../testing.ts';
import { withAdminClient } from '../testing/pg-template.ts';
import { createMigrationFactory } from './engine-session.ts';
import { PgMigrationFactory } from './pg-migration-factory.ts';

async function scalar(adapter: SqlDriverAdapter, sql: string): Promise<unknown> {
  const result = await adapter.queryRaw({ sql, args: [], argTypes: [] });
  return result.rows[0]?.[0];
}

describe.each(testBackends())('shadow database on %s', (backend) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.close();
  });

  it('is never the main database, and is gone after dispose', async () => {
    db = await createEmptyTestDb(backend);
    await db.prisma.$executeRawUnsafe('CREATE TABLE "main_marker" (id INT)');
    const factory = createMigrationFactory(db.target);
    const main = await factory.connect();
    const shadow = await factory.connectToShadowDb();
    try {
      const markerIn = (a: SqlDriverAdapter) =>
        scalar(a, "SELECT to_regclass('public.main_marker') IS NOT NULL");
      expect(await markerIn(main)).toBe(true);
      expect(await markerIn(shadow)).toBe(false);
      const mainName = await scalar(main, 'SELECT current_database()');
      const shadowName = await scalar(shadow, 'SELECT current_database()');
      if (backend === 'postgres') {
        expect(mainName).toBe(db.target.kind === 'postgres' && db.target.config.database);
        expect(shadowName).not.toBe(mainName);
        expect(shadowName).toMatch(/^inovda_shadow_/);
      }
    } finally {
      await shadow.dispose();
      await main.dispose();
      await factory.close();
    }
    if (backend === 'postgres' && db.target.kind === 'postgres') {
      const left = await withAdminClient(db.target.config, (c) =>
        c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'inovda_shadow_%'"),
      );
      expect(
        (factory as PgMigrationFactory).shadowDatabases.filter((n) => left.rows.some((r) => r.datname === n)),
      ).toEqual([]);
    }
  });

  it('runs a plpgsql script with semicolons in its body as one script, and reports its error', async () => {
    db = await createEmptyTestDb(backend);
    const factory = createMigrationFactory(db.target);
    const main = await factory.connect();
    try {
      await main.executeScript(
        'CREATE FUNCTION f_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END; $$;\nCREATE TABLE t_probe (id INT);',
      );
      expect(await scalar(main, 'SELECT f_probe()')).toBe(2);
      await expect(main.executeScript('SELECT * FROM "missing_table";')).rejects.toThrow();
    } finally {
      await main.dispose();
      await factory.close();
    }
  });
});

describe('PgMigrationFactory', () => {
  it('refuses a connection string (it could point the shadow at the main database)', () => {
    const url = testDatabaseUrl() ?? 'postgresql://postgres@127.0.0.1:5432/test';
    expect(() => new PgMigrationFactory({ connectionString: url, database: 'x' } as never)).toThrow(
      /config object/,
    );
  });
});
