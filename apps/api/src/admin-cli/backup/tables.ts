// The database as a backup sees it: every table of the `public` schema (Prisma's tables, `_prisma_migrations`
// and whatever later migrations add), in an order that satisfies the foreign keys, with their columns.
// Rows travel as the database's own JSON (`row_to_json` out, `json_populate_recordset` in), so every type
// (timestamps, bytea, jsonb, arrays, enums, bigint) round-trips exactly on PGlite and PostgreSQL alike,
// with no pg_dump binary and no type mapping in JavaScript.
import type { SqlConn } from './sql-conn.ts';

export interface TableInfo {
  name: string;
  columns: string[];
  /** Columns of foreign keys to this same table (Unit.parentId): rows must be inserted parents first. */
  selfReferences: { column: string; referenced: string }[];
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Tables of `public` ordered so that every referenced table comes before the tables that refer to it. */
export async function listTables(conn: SqlConn): Promise<TableInfo[]> {
  const tables = await conn.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const columns = await conn.query<{ table: string; column: string }>(
    `SELECT c.relname::text AS "table", a.attname::text AS "column"
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attgenerated = '' ORDER BY c.relname, a.attnum`,
  );
  const keys = await conn.query<{ child: string; parent: string; column: string; referenced: string }>(
    `SELECT ch.relname::text AS child, pa.relname::text AS parent,
            (SELECT attname::text FROM pg_attribute WHERE attrelid = k.conrelid AND attnum = k.conkey[1]) AS "column",
            (SELECT attname::text FROM pg_attribute WHERE attrelid = k.confrelid AND attnum = k.confkey[1]) AS referenced
     FROM pg_constraint k JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = ch.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const byName = new Map<string, TableInfo>(
    tables.map(({ name }) => [name, { name, columns: [], selfReferences: [] }]),
  );
  for (const { table, column } of columns) byName.get(table)?.columns.push(column);
  const parents = new Map<string, Set<string>>(tables.map(({ name }) => [name, new Set()]));
  for (const key of keys) {
    if (key.child === key.parent) byName.get(key.child)?.selfReferences.push(key);
    else parents.get(key.child)?.add(key.parent);
  }
  // Kahn's topological sort, alphabetical among equals so the order is stable.
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.find(
      ({ name }) => !done.has(name) && [...(parents.get(name) ?? [])].every((p) => done.has(p)),
    );
    if (!ready)
      throw new Error(
        `foreign keys form a cycle among: ${tables
          .filter((t) => !done.has(t.name))
          .map((t) => t.name)
          .join(', ')}`,
      );
    done.add(ready.name);
    ordered.push(byName.get(ready.name)!);
  }
  return ordered;
}

/** Streams a table's rows as JSON text, `batch` rows at a time, through a cursor (inside a transaction). */
export async function* readRows(conn: SqlConn, table: string, batch = 2_000): AsyncGenerator<string[]> {
  await conn.exec(
    `DECLARE inovda_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t`,
  );
  try {
    for (;;) {
      const rows = await conn.query<{ j: string }>(`FETCH ${batch} FROM inovda_backup`);
      if (rows.length === 0) return;
      yield rows.map((row) => row.j);
    }
  } finally {
    await conn.exec('CLOSE inovda_backup');
  }
}

/** Inserts rows given as JSON texts of the table's row type. */
export async function insertRows(conn: SqlConn, table: TableInfo, rows: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = table.columns.map(quoteIdent).join(', ');
  await conn.query(
    `INSERT INTO ${quoteIdent(table.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
    [`[${rows.join(',')}]`],
  );
}

/**
 * Orders the rows of a table that refers to itself so that every referenced row comes first (a unit before the
 * units under it). Only the key columns are read; the row texts themselves are passed on untouched.
 */
export function orderSelfReferencing(table: TableInfo, rows: readonly string[]): string[] {
  if (table.selfReferences.length === 0) return [...rows];
  const parsed = rows.map((text) => ({ text, row: JSON.parse(text) as Record<string, unknown> }));
  const key = table.selfReferences[0]!.referenced;
  const idOf = (row: Record<string, unknown>) => JSON.stringify(row[key]);
  const byKey = new Map(parsed.map((entry) => [idOf(entry.row), entry]));
  const placed = new Set<string>();
  const out: string[] = [];
  const place = (entry: (typeof parsed)[number], depth: number) => {
    const id = idOf(entry.row);
    if (placed.has(id)) return;
    if (depth > parsed.length) throw new Error(`${table.name}: a row refers to itself through a loop`);
    for (const { column } of table.selfReferences) {
      const parent = entry.row[column];
      const parentEntry =
        typeof parent === 'string' || typeof parent === 'number'
          ? byKey.get(JSON.stringify(parent))
          : undefined;
      if (parentEntry) place(parentEntry, depth + 1);
    }
    placed.add(id);
    out.push(entry.text);
  };
  for (const entry of parsed) place(entry, 0);
  return out;
}

/** Tables with at least one row (`_prisma_migrations` does not count: a migrated database is still empty). */
export async function nonEmptyTables(conn: SqlConn): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(conn)) {
    if (table.name === '_prisma_migrations') continue;
    const rows = await conn.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (rows.length > 0) found.push(table.name);
  }
  return found;
}

/** Removes every object the migrations made in `public` (and pg-boss's queue schema), keeping extensions. */
export async function dropAppObjects(conn: SqlConn): Promise<void> {
  const statements = await conn.query<{ sql: string }>(
    `SELECT format('DROP TABLE IF EXISTS public.%I CASCADE', tablename) AS sql FROM pg_tables WHERE schemaname = 'public'
     UNION ALL
     SELECT format('DROP VIEW IF EXISTS public.%I CASCADE', viewname) FROM pg_views WHERE schemaname = 'public'`,
  );
  for (const { sql } of statements) await conn.exec(sql);
  const rest = await conn.query<{ sql: string }>(
    `SELECT format('DROP SEQUENCE IF EXISTS public.%I CASCADE', c.relname) AS sql
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
     UNION ALL
     SELECT format('DROP TYPE IF EXISTS public.%I CASCADE', t.typname)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
     UNION ALL
     SELECT format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  for (const { sql } of rest) await conn.exec(sql);
  await conn.exec('DROP SCHEMA IF EXISTS pgboss CASCADE');
}

/** Sets every serial/identity sequence of `public` past the largest value its column holds. */
export async function resetSequences(conn: SqlConn): Promise<void> {
  const columns = await conn.query<{ table: string; column: string; seq: string }>(
    `SELECT c.relname::text AS "table", a.attname::text AS "column",
            pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS seq
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(format('public.%I', c.relname), a.attname) IS NOT NULL`,
  );
  for (const { table, column, seq } of columns) {
    await conn.query(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 1),
              (SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}) IS NOT NULL)`,
      [seq],
    );
  }
}

/** Prisma's migration history table, as Prisma's schema engine creates it (the restore loads its rows). */
export const PRISMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
