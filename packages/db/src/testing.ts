// @inovda/db/testing: migrated, empty databases for tests. PGlite in memory by default; a fresh database on the
// TEST_DATABASE_URL server when that is set (created per call, dropped on close).
import { createDb, createPgPrismaClient, type Db, type PgConnectionConfig } from './client.ts';
import { createEmptyPgDatabase, createMigratedPgDatabase } from './testing/pg-template.ts';
import { openEmptyPGlite, openMigratedPGlite } from './testing/pglite-template.ts';

export type TestDb = Db;

function openPgTestDb(config: PgConnectionConfig, drop: () => Promise<void>): TestDb {
  const prisma = createPgPrismaClient(config);
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind: 'postgres',
    target: { kind: 'postgres', config },
    close: () => (closing ??= prisma.$disconnect().then(drop)),
  };
}

/** The server URL tests should use, if any. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}

export type TestBackend = 'pglite' | 'postgres';

/**
 * A migrated, empty database: PGlite in memory, or a fresh database on the TEST_DATABASE_URL server when set
 * (or when `backend: 'postgres'`). Call `close()` when done: it disconnects and drops or closes what it created.
 */
export async function createTestDb(options: { backend?: TestBackend } = {}): Promise<TestDb> {
  const serverUrl = testDatabaseUrl();
  const backend = options.backend ?? (serverUrl ? 'postgres' : 'pglite');
  if (backend === 'pglite') return createDb({ pglite: await openMigratedPGlite() });
  const { config, drop } = await createMigratedPgDatabase(requireServerUrl(serverUrl));
  return openPgTestDb(config, drop);
}

function requireServerUrl(url: string | undefined): string {
  if (!url) throw new Error('TEST_DATABASE_URL belum diatur / TEST_DATABASE_URL is not set');
  return url;
}

export { openMigratedPGlite } from './testing/pglite-template.ts';
export { createMigratedPgDatabase } from './testing/pg-template.ts';

/** Backends the DB tests run on: always PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  return testDatabaseUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/** An empty (not migrated) database of the given backend, for migration tests; `close()` drops or closes it. */
export async function createEmptyTestDb(backend: TestBackend): Promise<TestDb> {
  if (backend === 'pglite') return createDb({ pglite: await openEmptyPGlite() });
  const { config, drop } = await createEmptyPgDatabase(requireServerUrl(testDatabaseUrl()));
  return openPgTestDb(config, drop);
}
