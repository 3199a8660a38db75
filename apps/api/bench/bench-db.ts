// The benchmark's database: a fresh, migrated PostgreSQL database created (and dropped afterwards) on the
// server of BENCH_DATABASE_URL / DATABASE_URL, or an in-memory PGlite when neither is set. Also a raw driver
// on the same database for the raw-SQL baseline.
import { createDb, type Db } from '@inovda/db';
import { createMigratedPgDatabase, openMigratedPGlite } from '@inovda/db/testing';
import pg from 'pg';

export interface RawDriver {
  query(text: string, values: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export interface BenchDb {
  db: Db;
  raw: RawDriver;
  label: string;
  close(): Promise<void>;
}

export async function openBenchDb(serverUrl: string | undefined): Promise<BenchDb> {
  if (!serverUrl) {
    const pglite = await openMigratedPGlite();
    const db = await createDb({ pglite });
    const raw: RawDriver = {
      query: async (text, values) => (await pglite.query(text, values)).rows,
      close: async () => undefined,
    };
    return { db, raw, label: 'PGlite (in memory, one connection)', close: () => db.close() };
  }
  // A fresh migrated database on that server, dropped by `close()`.
  const { config, drop } = await createMigratedPgDatabase(serverUrl);
  const url = new URL(serverUrl);
  url.pathname = `/${config.database}`;
  const db = await createDb({ databaseUrl: url.toString() });
  // The same pool size as Prisma's pg adapter (node-postgres default of 10).
  const pool = new pg.Pool({ ...config, max: 10 });
  // Dropping the database ends any connection still open; that must not crash the run after its figures.
  pool.on('error', (error) => console.warn(`raw pool: ${error.message}`));
  const raw: RawDriver = {
    query: async (text, values) => (await pool.query<Record<string, unknown>>(text, values)).rows,
    close: () => pool.end(),
  };
  return {
    db,
    raw,
    label: `PostgreSQL ${config.host ?? ''}:${config.port ?? 5432}/${config.database} (created and dropped by the benchmark)`,
    close: async () => {
      await pool.end();
      await db.close();
      await drop();
    },
  };
}
