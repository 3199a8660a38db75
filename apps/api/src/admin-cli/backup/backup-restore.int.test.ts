// Backup -> change -> restore on a real database with the Pati demo and its evidence files (PGlite, and
// PostgreSQL with TEST_DATABASE_URL): every table identical afterwards (row count and content digest), every file
// back with its sha256; a non-empty target refused without --force; a damaged archive refused before anything
// changes; a failure in the middle of loading rolls everything back.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '@inovda/db';
import { seedDemo } from '@inovda/db/seed';
import { createEmptyTestDb, createTestDb, testBackends, type TestDb } from '@inovda/db/testing';
import { pack as createPack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreForSeed, spdTierForSeed, storeBlobFor } from '../../start/seed-deps.ts';
import { createStorage } from '../../storage/index.ts';
import { AdminError } from '../io.ts';
import { scriptedIo } from '../testing.ts';
import { runBackup } from './backup.ts';
import { MANIFEST_NAME, type TManifest } from './manifest.ts';
import { walkArchive } from './read-archive.ts';
import { runRestore } from './restore.ts';
import { openSqlConn } from './sql-conn.ts';
import { listTables, quoteIdent } from './tables.ts';

const work = mkdtempSync(join(tmpdir(), 'inovda-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const io = () => scriptedIo({ interactive: false });

/** Per table: row count and an md5 over the rows' JSON in a stable order. */
async function snapshot(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const conn = await openSqlConn(db.target);
  try {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const table of await listTables(conn)) {
      const [row] = await conn.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(j, E'\\n' ORDER BY j)) AS md5
           FROM (SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table.name)} t) s`,
      );
      out[table.name] = { rows: row!.rows, md5: row!.md5 ?? '' };
    }
    return out;
  } finally {
    await conn.close();
  }
}

/** sha256 of every file in a local evidence store, keyed by file name. */
function storeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[entry.name] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Rewrites an archive: `edit` may change parts; the manifest is recomputed to match (a "valid" bad backup). */
async function rewriteArchive(from: string, to: string, edit: (name: string, bytes: Buffer) => Buffer) {
  const parts: { name: string; bytes: Buffer }[] = [];
  await walkArchive(from, async (name, stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    parts.push({ name, bytes: Buffer.concat(chunks) });
  });
  const manifest = JSON.parse(parts.find((p) => p.name === MANIFEST_NAME)!.bytes.toString()) as TManifest;
  const pack = createPack();
  const done = pipeline(pack as unknown as Readable, createWriteStream(to));
  for (const part of parts) {
    if (part.name === MANIFEST_NAME) continue;
    const bytes = edit(part.name, part.bytes);
    for (const listed of [...manifest.tables, ...manifest.files]) {
      if (listed.name !== part.name) continue;
      listed.sha256 = createHash('sha256').update(bytes).digest('hex');
      listed.size = bytes.length;
    }
    pack.entry({ name: part.name, size: bytes.length }, bytes);
  }
  const text = Buffer.from(JSON.stringify(manifest));
  pack.entry({ name: MANIFEST_NAME, size: text.length }, text);
  pack.finalize();
  await done;
}

describe.each(testBackends())('inovda-admin backup and restore on %s', (backend) => {
  let db: TestDb;
  let dataDir: string;
  let original: Awaited<ReturnType<typeof snapshot>>;
  let originalFiles: Record<string, string>;
  const archive = join(work, `${backend}.tar`);

  beforeAll(async () => {
    db = await createTestDb({ backend });
    dataDir = mkdtempSync(join(work, `${backend}-data-`));
    const storage = createStorage({ dataDir });
    await seedDemo(db.prisma, {
      score: scoreForSeed,
      spdTier: spdTierForSeed,
      storeBlob: storeBlobFor(storage),
    });
    original = await snapshot(db);
    originalFiles = storeHashes(join(dataDir, 'evidence'));
  }, 600_000);
  afterAll(() => db.close());

  it('backs up every table and every evidence file with a manifest of sha256 sums', async () => {
    const summary = await runBackup({ db, storage: createStorage({ dataDir }), file: archive }, io());
    expect(summary.rows).toBe(Object.values(original).reduce((sum, t) => sum + t.rows, 0));
    expect(summary.files).toBe(Object.keys(originalFiles).length);
    expect(summary.files).toBeGreaterThan(100);
    let manifest: TManifest | undefined;
    await walkArchive(archive, async (name, stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      if (name === MANIFEST_NAME) manifest = JSON.parse(Buffer.concat(chunks).toString()) as TManifest;
    });
    expect(manifest?.tables.map((t) => t.table).sort()).toEqual(Object.keys(original).sort());
    expect(manifest?.files.map((f) => f.sha256).sort()).toEqual(Object.keys(originalFiles).sort());
  });

  it('refuses to restore over data without --force, then restores exactly what was backed up', async () => {
    const storage = createStorage({ dataDir });
    const extra = await storage.put(Buffer.from('%PDF-1.4 bukti baru'));
    const region = await db.prisma.region.findFirstOrThrow();
    await db.prisma.evidenceFile.create({
      data: {
        regionId: region.id,
        sha256: extra.sha256,
        size: extra.size,
        kind: 'PDF',
        mimeType: 'application/pdf',
        originalName: 'baru.pdf',
      },
    });
    await db.prisma.user.updateMany({ data: { name: 'Diubah' } });
    await db.prisma.notification.deleteMany({});
    await db.prisma.auditEvent.create({
      data: { regionId: region.id, action: 'test.change', entity: 'Region', entityId: region.id },
    });
    const changed = await snapshot(db);
    expect(changed).not.toEqual(original);

    const refused = await runRestore(
      { db, storage, file: archive, evidenceDir: join(dataDir, 'evidence') },
      io(),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AdminError);
    expect((refused as Error).message).toMatch(/sudah berisi data[\s\S]*--force/);
    expect(await snapshot(db)).toEqual(changed);

    await runRestore({ db, storage, file: archive, force: true }, io());
    expect(await snapshot(db)).toEqual(original);
    const maxId = (await db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id!;
    const next = await db.prisma.auditEvent.create({
      data: { regionId: region.id, action: 'test.after', entity: 'Region', entityId: region.id },
    });
    expect(next.id).toBeGreaterThan(maxId);
  });

  it('restores into a new, unmigrated database and an empty evidence store, files included', async () => {
    const target = await createEmptyTestDb(backend);
    const targetDir = mkdtempSync(join(work, `${backend}-target-`));
    try {
      await runRestore(
        {
          db: target,
          storage: createStorage({ dataDir: targetDir }),
          file: archive,
          evidenceDir: join(targetDir, 'evidence'),
        },
        io(),
      );
      const restored = await snapshot(target);
      expect(restored).toEqual(original);
      expect(storeHashes(join(targetDir, 'evidence'))).toEqual(originalFiles);
      for (const [name, sha] of Object.entries(originalFiles)) expect(sha).toBe(name);
    } finally {
      await target.close();
    }
  }, 300_000);

  it('refuses a damaged archive before touching anything', async () => {
    const before = await snapshot(db);
    const damaged = join(work, `${backend}-damaged.tar`);
    const bytes = readFileSync(archive);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(damaged, bytes);
    const error = await runRestore(
      { db, storage: createStorage({ dataDir }), file: damaged, force: true },
      io(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminError);
    expect((error as Error).message).toMatch(/rusak[\s\S]*damaged/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is all or nothing: a row that cannot be loaded leaves the database as it was', async () => {
    await db.prisma.user.updateMany({ data: { name: 'Sebelum pemulihan' } });
    const before = await snapshot(db);
    const broken = join(work, `${backend}-broken.tar`);
    // Every user twice: the unique e-mail fails in the middle of the load, after many tables went in.
    await rewriteArchive(archive, broken, (name, bytes) => {
      if (!/^db\/\d+-User\.jsonl\.gz$/.test(name)) return bytes;
      const text = gunzipSync(bytes).toString();
      return gzipSync(text + text);
    });
    await expect(
      runRestore({ db, storage: createStorage({ dataDir }), file: broken, force: true }, io()),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
