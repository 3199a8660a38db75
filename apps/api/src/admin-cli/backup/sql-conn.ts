// One plain connection to the database a Db points at, for work Prisma cannot do: multi-statement scripts
// (migrations), cursors and explicit transactions. PGlite is the instance already open in this process; a
// PostgreSQL server gets its own pg.Client (queries without parameters use the simple protocol, so a script may
// hold many statements).
import type { DbTarget } from '@inovda/db';
import pg from 'pg';

export interface SqlConn {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of any number of statements, without parameters. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSqlConn(target: DbTarget): Promise<SqlConn> {
  if (target.kind === 'pglite') {
    const { pglite } = target;
    return {
      query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
      exec: async (script) => void (await pglite.exec(script)),
      close: async () => {},
    };
  }
  const client = new pg.Client(target.config);
  await client.connect();
  return {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    exec: async (script) => void (await client.query(script)),
    close: () => client.end(),
  };
}

/** Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(conn: SqlConn, begin: string, work: () => Promise<T>): Promise<T> {
  await conn.exec(begin);
  try {
    const result = await work();
    await conn.exec('COMMIT');
    return result;
  } catch (error) {
    await conn.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
