// Client factory: one PrismaClient over either embedded PGlite (default) or a PostgreSQL server.
// The returned `target` tells the migration runner how to reach the same database without a URL
// (see migrate/): a PGlite instance is shared in process, a server is described by a config object.
import { accessSync, constants, mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { pgFastSql, pgliteFastSql, registerFastSql } from './fast-sql.ts';
import { openPGlite } from './pglite-assets.ts';

export type DbKind = 'pglite' | 'postgres';

/** How the migration runner reaches the database a client uses. */
export type DbTarget = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; config: PgConnectionConfig };

/** A PostgreSQL connection as a config object (never a connection string: see migrate/pg-migration-factory). */
export type PgConnectionConfig = Omit<pg.ClientConfig, 'connectionString'> & { database: string };

export interface Db {
  prisma: PrismaClient;
  kind: DbKind;
  target: DbTarget;
  /** Disconnects the client and closes the embedded database it opened. Safe to call twice. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** PostgreSQL URL; when set, the server is used and `dataDir` is ignored. */
  databaseUrl?: string;
  /**
   * PGlite data directory (created if missing, locked against a second process by `<dataDir>.lock`).
   * Without it and without a URL: PGlite in memory.
   */
  dataDir?: string;
  /** An already open PGlite instance (for example a clone made by the test helpers); closed by `close()`. */
  pglite?: PGlite;
  /** Where connection warnings go (the API's logger); default: a Node process warning. */
  logger?: DbLogger;
}

/** The part of a logger the client factory uses (pino's fits). */
export interface DbLogger {
  warn(message: string): void;
}

const processWarnings: DbLogger = { warn: (message) => process.emitWarning(message) };

/** Parses a PostgreSQL URL into a config object with an explicit database name. */
export function parsePgUrl(databaseUrl: string): PgConnectionConfig {
  const { connectionString: _ignored, ...config } = parseIntoClientConfig(databaseUrl);
  if (!config.database) {
    throw new Error(
      `DATABASE_URL tanpa nama database / DATABASE_URL has no database name: ${redactUrl(databaseUrl)}`,
    );
  }
  return { ...config, database: config.database };
}

/** Hides the password of a URL for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** Creates the data directory if needed and fails with a clear message when it is not writable. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (cause) {
    throw new Error(
      `Direktori data tidak dapat ditulis / data directory is not writable: ${dataDir} (${(cause as Error).message})`,
      { cause },
    );
  }
}

/** A Prisma client on a PostgreSQL server, with its fast runner on the same pool (ended on `$disconnect`). */
export function createPgPrismaClient(
  config: PgConnectionConfig,
  logger: DbLogger = processWarnings,
): PrismaClient {
  const pool = new pg.Pool(config);
  // An idle connection closed by the server (restart, dropped test database) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) =>
    logger.warn(`Koneksi database menganggur ditutup / idle database connection closed: ${error.message}`),
  );
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerFastSql(prisma, pgFastSql(pool));
  return prisma;
}

/** Opens a database: PostgreSQL when a URL is given, else PGlite persisted in `dataDir`, else PGlite in memory. */
export async function createDb(options: CreateDbOptions = {}): Promise<Db> {
  if (options.databaseUrl) {
    const config = parsePgUrl(options.databaseUrl);
    const prisma = createPgPrismaClient(config, options.logger);
    return withClose({ prisma, kind: 'postgres', target: { kind: 'postgres', config } }, async () => {});
  }
  let pglite = options.pglite;
  let unlock = () => {};
  if (!pglite) {
    if (options.dataDir) {
      ensureDataDir(options.dataDir);
      unlock = lockDataDir(options.dataDir);
    }
    try {
      pglite = await openPGlite(options.dataDir ? { dataDir: options.dataDir } : {});
    } catch (error) {
      unlock();
      throw error;
    }
  }
  const owned = pglite;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(owned) });
  registerFastSql(prisma, pgliteFastSql(owned));
  return withClose({ prisma, kind: 'pglite', target: { kind: 'pglite', pglite: owned } }, async () => {
    try {
      if (!owned.closed) await owned.close();
    } finally {
      unlock();
    }
  });
}

function withClose(db: Omit<Db, 'close'>, closeDriver: () => Promise<void>): Db {
  let closing: Promise<void> | undefined;
  return {
    ...db,
    close: () => (closing ??= db.prisma.$disconnect().then(closeDriver)),
  };
}
