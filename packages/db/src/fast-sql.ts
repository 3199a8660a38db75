// A direct line to the database for a few hot, read-only statements (the session lookup and the dashboard's
// cache check run on every request): the same pool (PostgreSQL) or instance (PGlite) as the Prisma client,
// without Prisma's per-query pipeline, which costs about twice the CPU of the driver alone for a one-row read.
// Statements must return only text, numbers and booleans: timestamps go out as text or epoch milliseconds,
// so no driver-specific date parsing (and its time zone) is involved.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Runs one parameterised statement ($1, $2 ...) and returns its rows. */
export type FastSql = <T extends object>(text: string, values: readonly unknown[]) => Promise<T[]>;

const runners = new WeakMap<PrismaClient, FastSql>();

export function pgFastSql(pool: pg.Pool): FastSql {
  return async <T extends object>(text: string, values: readonly unknown[]) =>
    (await pool.query<T>(text, [...values])).rows;
}

export function pgliteFastSql(pglite: PGlite): FastSql {
  // `query` waits for any open transaction of the instance, so it never runs inside Prisma's.
  return async <T extends object>(text: string, values: readonly unknown[]) =>
    (await pglite.query<T>(text, [...values])).rows;
}

export function registerFastSql(prisma: PrismaClient, sql: FastSql): void {
  runners.set(prisma, sql);
}

/**
 * The fast runner of a client made by `createDb`; for any other client (a test's own), the same statement
 * through `$queryRawUnsafe`, so callers never need to know which one they got.
 */
export function fastSqlOf(prisma: PrismaClient): FastSql {
  return (
    runners.get(prisma) ??
    (async <T extends object>(text: string, values: readonly unknown[]) =>
      prisma.$queryRawUnsafe<T[]>(text, ...values))
  );
}
