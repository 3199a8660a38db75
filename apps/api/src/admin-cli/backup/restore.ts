// `inovda-admin restore FILE [--force]`: checks the whole archive (verifyArchive) and the target before it
// touches anything, then restores in ONE database transaction: drop the app's objects, replay the backup's
// migrations (the code's own migration.sql files, checked against the backup's checksums), load every table in
// foreign-key order, put every file into the evidence store, set the sequences, commit. Any failure rolls the
// database back to what it was; files already put are content-addressed copies nothing refers to. Migrations
// newer than the backup are applied after the commit, as at a server start.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Db } from '@inovda/db';
import { DEFAULT_MIGRATIONS_DIR, deployMigrations, readMigrationList } from '@inovda/db/migrate';
import type { Storage } from '../../storage/index.ts';
import { AdminError, type AdminIo, both } from '../io.ts';
import { MANIFEST_NAME, type TManifest } from './manifest.ts';
import { verifyArchive, walkArchive } from './read-archive.ts';
import { inTransaction, openSqlConn, type SqlConn } from './sql-conn.ts';
import {
  dropAppObjects,
  insertRows,
  listTables,
  nonEmptyTables,
  orderSelfReferencing,
  PRISMA_MIGRATIONS_DDL,
  resetSequences,
  type TableInfo,
} from './tables.ts';

export interface RestoreInput {
  db: Db;
  storage: Storage;
  file: string;
  force?: boolean;
  /** The local evidence directory, checked for emptiness (absent with S3). */
  evidenceDir?: string;
  migrationsDir?: string;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  files: number;
  newerMigrationsApplied: string[];
  ms: number;
}

const BATCH_ROWS = 1_000;
const BATCH_CHARS = 4 * 1024 * 1024;

/** The backup's migrations as SQL scripts of this code, in order; refuses a backup from a newer or other version. */
function migrationScripts(manifest: TManifest, migrationsDir: string): string[] {
  const known = new Map(
    readMigrationList(migrationsDir).migrationDirectories.map((dir) => [
      dir.path,
      dir.migrationFile.content.tag === 'ok' ? dir.migrationFile.content.value : null,
    ]),
  );
  return manifest.migrations.map(({ name, checksum }) => {
    const sql = known.get(name);
    if (sql === undefined || sql === null) {
      throw new AdminError(
        both(
          `Cadangan ini dibuat oleh versi Inovda yang lebih baru (migrasi ${name} tidak dikenal). Pasang versi itu atau yang lebih baru untuk memulihkan.`,
          `This backup was made by a newer Inovda (unknown migration ${name}). Install that version or later to restore it.`,
        ),
      );
    }
    if (createHash('sha256').update(sql).digest('hex') !== checksum) {
      throw new AdminError(
        both(
          `Migrasi ${name} di kode ini berbeda dari yang tercatat di cadangan.`,
          `Migration ${name} in this code differs from the one recorded in the backup.`,
        ),
      );
    }
    return sql;
  });
}

async function assertEmptyTarget(conn: SqlConn, evidenceDir: string | undefined): Promise<void> {
  const tables = await nonEmptyTables(conn);
  const files = evidenceDir && existsSync(evidenceDir) && readdirSync(evidenceDir).length > 0;
  if (tables.length === 0 && !files) return;
  const what = [...tables, ...(files ? [evidenceDir] : [])].slice(0, 8).join(', ');
  throw new AdminError(
    both(
      `Tujuan pemulihan sudah berisi data (${what}). Tidak ada yang diubah. Untuk menimpanya: restore FILE --force`,
      `The restore target already holds data (${what}). Nothing was changed. To overwrite it: restore FILE --force`,
    ),
  );
}

async function loadTable(conn: SqlConn, table: TableInfo, lines: AsyncIterable<string>): Promise<number> {
  let count = 0;
  if (table.selfReferences.length > 0) {
    const all: string[] = [];
    for await (const line of lines) if (line) all.push(line);
    const ordered = orderSelfReferencing(table, all);
    for (let i = 0; i < ordered.length; i += BATCH_ROWS)
      await insertRows(conn, table, ordered.slice(i, i + BATCH_ROWS));
    return ordered.length;
  }
  let batch: string[] = [];
  let chars = 0;
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    chars += line.length;
    count += 1;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
      await insertRows(conn, table, batch);
      batch = [];
      chars = 0;
    }
  }
  await insertRows(conn, table, batch);
  return count;
}

export async function runRestore(input: RestoreInput, io: AdminIo): Promise<RestoreSummary> {
  const started = Date.now();
  const file = resolve(input.file);
  if (!existsSync(file)) throw new AdminError(both(`Berkas tidak ada: ${file}`, `No such file: ${file}`));
  io.out(both('Memeriksa arsip ...', 'Checking the archive ...'));
  const manifest = await verifyArchive(file);
  const scripts = migrationScripts(manifest, input.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const tablesByPart = new Map(manifest.tables.map((part) => [part.name, part]));
  const filesByPart = new Map(manifest.files.map((part) => [part.name, part]));

  const conn = await openSqlConn(input.db.target);
  let rows = 0;
  try {
    if (!input.force) await assertEmptyTarget(conn, input.evidenceDir);
    io.out(both('Memulihkan dalam satu transaksi ...', 'Restoring in one transaction ...'));
    await inTransaction(conn, 'BEGIN', async () => {
      await conn.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['inovda.restore']);
      await dropAppObjects(conn);
      await conn.exec(PRISMA_MIGRATIONS_DDL);
      for (const script of scripts) await conn.exec(script);
      const tables = new Map((await listTables(conn)).map((t) => [t.name, t]));
      await walkArchive(file, async (name, stream) => {
        const tablePart = tablesByPart.get(name);
        if (tablePart) {
          const table = tables.get(tablePart.table);
          if (!table)
            throw new AdminError(
              both(
                `Tabel ${tablePart.table} tidak ada di skema`,
                `Table ${tablePart.table} is not in the schema`,
              ),
            );
          const lines = createInterface({ input: stream.pipe(createGunzip()), crlfDelay: Infinity });
          const loaded = await loadTable(conn, table, lines);
          if (loaded !== tablePart.rows)
            throw new Error(`${tablePart.table}: ${loaded} rows read, ${tablePart.rows} expected`);
          rows += loaded;
          return;
        }
        const filePart = filesByPart.get(name);
        if (filePart) {
          const stored = await input.storage.put(stream);
          if (stored.sha256 !== filePart.sha256) throw new Error(`${name}: stored as ${stored.sha256}`);
          return;
        }
        if (name !== MANIFEST_NAME) throw new Error(`unexpected part ${name}`);
        stream.resume();
      });
      await resetSequences(conn);
    });
  } finally {
    await conn.close();
  }
  const { applied } = await deployMigrations(input.db);
  const summary: RestoreSummary = {
    tables: manifest.tables.length,
    rows,
    files: manifest.files.length,
    newerMigrationsApplied: applied,
    ms: Date.now() - started,
  };
  io.out(
    both(
      `Pemulihan selesai: ${summary.tables} tabel, ${summary.rows} baris, ${summary.files} berkas (${(summary.ms / 1000).toFixed(1)} dtk).`,
      `Restore done: ${summary.tables} tables, ${summary.rows} rows, ${summary.files} files (${(summary.ms / 1000).toFixed(1)} s).`,
    ),
  );
  if (applied.length > 0) io.out(`Migrasi baru / newer migrations: ${applied.join(', ')}`);
  if (!manifest.includesFiles) {
    io.out(
      both(
        'Cadangan ini tanpa berkas bukti (--no-files): pulihkan bucket S3 dari penyedianya.',
        'This backup has no evidence files (--no-files): restore the S3 bucket from its provider.',
      ),
    );
  }
  return summary;
}
