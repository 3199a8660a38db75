// `inovda-admin backup FILE`: one consistent snapshot of the database (a REPEATABLE READ transaction), the
// evidence files and frozen packages it refers to (read through the evidence store, so local disk and S3 alike),
// and a manifest of sha256 sums. Written to FILE.partial and renamed at the end: a FILE is always complete.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db } from '@inovda/db';
import { pack as createPack, type Pack } from 'tar-stream';
import type { Storage } from '../../storage/index.ts';
import { AdminError, type AdminIo, both } from '../io.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  filePartName,
  MANIFEST_NAME,
  tablePartName,
  type TManifest,
} from './manifest.ts';
import { inTransaction, openSqlConn, type SqlConn } from './sql-conn.ts';
import { listTables, readRows } from './tables.ts';

export interface BackupInput {
  db: Db;
  storage: Storage;
  file: string;
  /** Include evidence files and frozen packages (default true; false for an S3 bucket backed up elsewhere). */
  includeFiles?: boolean;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  files: number;
  ms: number;
}

/** Counts and hashes what passes through. */
function meter() {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), size }) };
}

async function dumpTable(conn: SqlConn, table: string, path: string) {
  let rows = 0;
  const lines = Readable.from(
    (async function* () {
      for await (const batch of readRows(conn, table)) {
        rows += batch.length;
        yield `${batch.join('\n')}\n`;
      }
    })(),
  );
  const m = meter();
  await pipeline(lines, createGzip({ level: 6 }), m.stream, createWriteStream(path));
  return { rows, ...m.result() };
}

function addEntry(pack: Pack, name: string, size: number, source: Readable): Promise<void> {
  return new Promise((resolveEntry, reject) => {
    // tar-stream's entry is a streamx Writable, which node's pipe accepts.
    const entry = pack.entry({ name, size, mode: 0o600 }, (error) =>
      error ? reject(error) : resolveEntry(),
    ) as unknown as Writable;
    source.on('error', reject);
    source.pipe(entry);
  });
}

async function referencedBlobs(conn: SqlConn, tables: Set<string>) {
  const sources = ['EvidenceFile', 'PackageSnapshot'].filter((t) => tables.has(t));
  if (sources.length === 0) return [];
  return conn.query<{ sha256: string; size: number }>(
    `SELECT sha256, max(size)::int AS size FROM (${sources.map((t) => `SELECT sha256, size FROM "${t}"`).join(' UNION ALL ')}) s
     GROUP BY sha256 ORDER BY sha256`,
  );
}

export async function runBackup(input: BackupInput, io: AdminIo): Promise<BackupSummary> {
  const started = Date.now();
  const file = resolve(input.file);
  const partial = `${file}.partial`;
  const work = await mkdtemp(join(dirname(file), `.${basename(file)}.parts-`));
  const conn = await openSqlConn(input.db.target);
  try {
    const manifest: TManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: { kind: input.db.kind },
      migrations: [],
      tables: [],
      files: [],
      includesFiles: input.includeFiles !== false,
    };
    const tableFiles: { name: string; path: string }[] = [];
    let blobs: { sha256: string; size: number }[] = [];
    await inTransaction(conn, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async () => {
      const tables = await listTables(conn);
      if (!tables.some((t) => t.name === '_prisma_migrations')) {
        throw new AdminError(
          both(
            'Database ini belum dimigrasi: tidak ada yang dicadangkan.',
            'This database is not migrated: nothing to back up.',
          ),
        );
      }
      manifest.migrations = await conn.query<{ name: string; checksum: string }>(
        `SELECT migration_name AS name, checksum FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      for (const [index, table] of tables.entries()) {
        const name = tablePartName(index, table.name);
        const path = join(work, `${index}.jsonl.gz`);
        const dumped = await dumpTable(conn, table.name, path);
        manifest.tables.push({ name, table: table.name, ...dumped });
        tableFiles.push({ name, path });
      }
      if (manifest.includesFiles) blobs = await referencedBlobs(conn, new Set(tables.map((t) => t.name)));
    });

    const pack = createPack();
    const written = pipeline(pack, createWriteStream(partial, { mode: 0o600 }));
    for (const part of tableFiles) {
      const size = (await stat(part.path)).size;
      await addEntry(pack, part.name, size, createReadStream(part.path));
    }
    for (const blob of blobs) {
      const source = await input.storage.get(blob.sha256);
      if (!source) {
        throw new AdminError(
          both(
            `Berkas ${blob.sha256} dirujuk database tetapi tidak ada di penyimpanan bukti.`,
            `File ${blob.sha256} is referenced by the database but missing from the evidence store.`,
          ),
        );
      }
      const m = meter();
      await addEntry(pack, filePartName(blob.sha256), blob.size, source.pipe(m.stream));
      const got = m.result();
      if (got.sha256 !== blob.sha256) {
        throw new AdminError(
          both(
            `Isi berkas ${blob.sha256} rusak di penyimpanan.`,
            `The content of ${blob.sha256} is corrupt in the store.`,
          ),
        );
      }
      manifest.files.push({ name: filePartName(blob.sha256), ...got });
    }
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await addEntry(pack, MANIFEST_NAME, manifestBytes.length, Readable.from([manifestBytes]));
    pack.finalize();
    await written;
    await rename(partial, file);

    const summary: BackupSummary = {
      file,
      bytes: (await stat(file)).size,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      files: manifest.files.length,
      ms: Date.now() - started,
    };
    io.out(
      both(
        `Cadangan selesai: ${file} (${(summary.bytes / 1048576).toFixed(1)} MB, ${summary.tables} tabel, ${summary.rows} baris, ${summary.files} berkas, ${(summary.ms / 1000).toFixed(1)} dtk).`,
        `Backup done: ${file} (${(summary.bytes / 1048576).toFixed(1)} MB, ${summary.tables} tables, ${summary.rows} rows, ${summary.files} files, ${(summary.ms / 1000).toFixed(1)} s).`,
      ),
    );
    if (!manifest.includesFiles) {
      io.out(both('Tanpa berkas bukti (--no-files).', 'Without evidence files (--no-files).'));
    }
    return summary;
  } finally {
    await conn.close();
    await rm(work, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
