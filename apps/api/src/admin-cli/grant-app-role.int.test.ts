// Issue 10, security finding 8: on PostgreSQL the app connected as the owner of the audit table, so it could
// disable the append-only trigger. Here the owner migrates (`inovda-admin migrate`) and grants a separate login
// role (`inovda-admin grant-app-role`); the server runs as that role with MIGRATE_ON_START=0. It signs in (a
// session, a login attempt and an audit row written), runs its job queue, and can neither change nor delete audit
// or frozen-package rows nor disable their triggers. Needs PostgreSQL (TEST_DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db, parsePgUrl, type PgConnectionConfig } from '@inovda/db';
import { createEmptyTestDb, type TestDb } from '@inovda/db/testing';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTH_CONFIG } from '../auth/config.ts';
import { loadEnv } from '../env.ts';
import { startJobRunner } from '../jobs/job-runner.ts';
import { createJsonLogger } from '../log/logger.ts';
import { createServer } from '../server.ts';
import { StartupError } from '../start/data-dir.ts';
import { prepareDatabase } from '../start/prepare-database.ts';
import { createStorage } from '../storage/index.ts';
import { runInit } from './init.ts';
import { AdminError } from './io.ts';
import { runAdmin } from './run.ts';
import { scriptedIo } from './testing.ts';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const serverUrl = process.env.TEST_DATABASE_URL;
const ROLE = `inovda_app_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const PASSWORD = 'Bapperida-Pati-2026';

function urlOf(config: PgConnectionConfig, user?: string): string {
  const auth =
    user ?? (config.password ? `${config.user}:${String(config.password)}` : (config.user ?? 'postgres'));
  return `postgresql://${auth}@${config.host ?? '127.0.0.1'}:${config.port ?? 5432}/${config.database}`;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client(parsePgUrl(serverUrl!));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement run as the app role fails with (null when it succeeds). */
async function sqlState(db: Db, sql: string): Promise<string | null> {
  try {
    await db.prisma.$executeRawUnsafe(sql);
    return null;
  } catch (error) {
    const e = error as {
      code?: string;
      meta?: { code?: string };
      cause?: { code?: string };
      message: string;
    };
    const code =
      e.meta?.code ?? e.cause?.code ?? /\b(42501|P0001)\b/.exec(e.message)?.[1] ?? e.code ?? 'unknown';
    return code;
  }
}

describe.skipIf(!serverUrl)('the app as a restricted PostgreSQL role (grant-app-role)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inovda-grant-'));
  const storage = createStorage({ dataDir: dir });
  let owner: TestDb;
  let app: Db;
  let ownerUrl: string;
  let appUrl: string;

  beforeAll(async () => {
    owner = await createEmptyTestDb('postgres');
    if (owner.target.kind !== 'postgres') throw new Error('postgres expected');
    ownerUrl = urlOf(owner.target.config);
    appUrl = urlOf(owner.target.config, ROLE);
    await onServer(`CREATE ROLE ${ROLE} LOGIN`);
  });

  afterAll(async () => {
    await app?.close();
    await owner?.close(); // drops the database and with it every grant the role had there
    if (serverUrl) await onServer(`DROP ROLE IF EXISTS ${ROLE}`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start with MIGRATE_ON_START=0 before the owner has migrated, and changes nothing', async () => {
    const error = await prepareDatabase({
      db: owner,
      env: loadEnv({ DATABASE_URL: ownerUrl, MIGRATE_ON_START: '0' }),
      storage,
      log: () => undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/Database belum dimigrasi[\s\S]*inovda-admin migrate/);
    expect((error as Error).message).toMatch(/The database is not migrated[\s\S]*inovda-admin migrate/);
    const tables = await owner.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(Number(tables[0]!.n)).toBe(0);
  });

  it('migrates and grants as the owner; refuses a superuser as the app role', async () => {
    const env = loadEnv({ DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl });
    const io = scriptedIo({ interactive: false });
    expect(await runAdmin(['migrate'], io, env)).toBe(0);
    expect(io.printed()).toMatch(/Antrean tugas dibuat/);
    expect(await runAdmin(['grant-app-role', '--role', ROLE], io, env)).toBe(0);
    expect(io.printed()).toMatch(new RegExp(`Hak peran ${ROLE} diatur`));
    const refused = await runAdmin(['grant-app-role', '--role', 'postgres'], io, env).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AdminError);
    expect((refused as Error).message).toMatch(/superuser/);
    // The owner creates the first region and its ADMIN (inovda-admin init uses MIGRATION_DATABASE_URL too).
    await runInit(
      owner,
      {
        regionName: 'Kabupaten Pati',
        regionCode: '33.18',
        timeZone: 'WIB',
        adminName: 'Admin Bapperida',
        adminEmail: 'admin@patikab.go.id',
        password: 'stdin',
      },
      scriptedIo({ interactive: false, stdin: `${PASSWORD}\n` }),
    );
  });

  it('starts as the app role, signs in (session, attempt, audit row) and runs its job queue', async () => {
    app = await createDb({ databaseUrl: appUrl });
    const who = await app.prisma.$queryRawUnsafe<{ me: string }[]>('SELECT current_user AS me');
    expect(who[0]!.me).toBe(ROLE);
    const prepared = await prepareDatabase({
      db: app,
      env: loadEnv({ DATABASE_URL: appUrl, MIGRATE_ON_START: '0' }),
      storage,
      log: () => undefined,
    });
    expect(prepared).toMatchObject({ migrationsApplied: [], needsInit: false, demoAccounts: [] });

    const auditBefore = await app.prisma.auditEvent.count();
    const server = createServer({
      prisma: app.prisma,
      auth: DEFAULT_AUTH_CONFIG,
      logger: createJsonLogger({ level: 'silent' }),
    });
    const res = await request(server)
      .post('/trpc/auth.login')
      .send({ json: { email: 'admin@patikab.go.id', password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(await app.prisma.session.count()).toBe(1);
    expect(await app.prisma.auditEvent.count()).toBeGreaterThan(auditBefore);

    const jobs = await startJobRunner({
      db: app,
      mailer: null,
      appUrl: 'http://localhost:3000',
      sweepCron: '0 * * * *',
      storage,
      log: () => undefined,
    });
    try {
      expect(await jobs.boss.send('reminder-sweep', {})).toEqual(expect.any(String));
    } finally {
      await jobs.stop(5_000);
    }
  });

  it('cannot change, delete or truncate audit and frozen-package rows, nor disable their triggers', async () => {
    expect(await sqlState(app, `UPDATE "AuditEvent" SET action = 'x'`)).toBe('42501');
    expect(await sqlState(app, `DELETE FROM "AuditEvent"`)).toBe('42501');
    expect(await sqlState(app, `TRUNCATE "AuditEvent"`)).toBe('42501');
    expect(await sqlState(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe('42501');
    expect(
      await sqlState(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`),
    ).toBe('42501');
    expect(await sqlState(app, `DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"`)).toBe('42501');
    expect(await sqlState(app, `DELETE FROM "PackageSnapshotItem"`)).toBe('42501');
    expect(await sqlState(app, `DELETE FROM "PackageSnapshot"`)).toBe('42501');
    expect(await sqlState(app, `UPDATE "PackageSnapshot" SET sha256 = 'x'`)).toBe('42501');
    expect(await sqlState(app, `ALTER TABLE "PackageSnapshot" DISABLE TRIGGER ALL`)).toBe('42501');
    expect(await sqlState(app, `CREATE TABLE "Sneaky" (id int)`)).toBe('42501');
    // Only the send stamp of a frozen package may be set (the trigger then allows it once).
    const rows = await app.prisma.$queryRawUnsafe<{ stamp: boolean; table: boolean }[]>(
      `SELECT has_column_privilege('"PackageSnapshot"', 'sentAt', 'UPDATE') AS stamp,
              has_table_privilege('"PackageSnapshot"', 'UPDATE') AS table`,
    );
    expect(rows[0]).toEqual({ stamp: true, table: false });
    // The audit rows the sign-in wrote are still there, and an ordinary table is writable.
    expect(await app.prisma.auditEvent.count()).toBeGreaterThan(0);
    expect(await sqlState(app, `DELETE FROM "Session"`)).toBeNull();
  });
});
