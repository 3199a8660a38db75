// pg-boss talks to the database through `db.executeSql(text, values)`. On PostgreSQL it uses its own pg pool;
// on the embedded PGlite (one connection, in process) it goes through the PGlite instance the app already has;
// and a job queued together with app data goes through the Prisma transaction client of that transaction.
import type { DbTarget, Prisma } from '@inovda/db';
import type PgBoss from 'pg-boss';

type PGliteInstance = Extract<DbTarget, { kind: 'pglite' }>['pglite'];

/**
 * pg-boss's database over PGlite. Parameterised statements run as prepared queries; pg-boss's schema scripts
 * (several statements, no parameters) go through `exec`, because a prepared statement holds only one command.
 */
export function pgliteBossDb(pglite: PGliteInstance): PgBoss.Db {
  return {
    // pg-boss calls without values for plain statements, whatever its type says.
    async executeSql(text, values?: unknown[]) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/** pg-boss's database inside a Prisma interactive transaction (for `insert(jobs, { db })`). */
export function transactionBossDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values?: unknown[]) {
      const params: unknown[] = values ?? [];
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}
