import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStorage, localBlobPath, type Storage } from './index.ts';

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, relative, sorted (the store's visible content). */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('local content-addressed storage', () => {
  let dataDir: string;
  let storage: Storage;
  let root: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'inovda-storage-'));
    root = join(dataDir, 'evidence');
    storage = createStorage({ dataDir });
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores bytes under <dataDir>/evidence/<aa>/<bb>/<sha256> and reads them back', async () => {
    const blob = await storage.put(new TextEncoder().encode('hello evidence'));
    expect(blob).toEqual({ sha256: sha('hello evidence'), size: 14 });
    const expected = join(root, blob.sha256.slice(0, 2), blob.sha256.slice(2, 4), blob.sha256);
    expect(localBlobPath(root, blob.sha256)).toBe(expected);
    expect(await readFile(expected, 'utf8')).toBe('hello evidence');
    expect(await storage.has(blob.sha256)).toBe(true);
    const stream = await storage.get(blob.sha256);
    expect(stream && (await text(stream))).toBe('hello evidence');
  });

  it('hashes a multi-chunk stream and keeps one copy of identical content', async () => {
    const chunks = ['a'.repeat(70_000), 'b'.repeat(70_000), 'c'];
    const first = await storage.put(Readable.from(chunks.map((c) => Buffer.from(c))));
    const second = await storage.put(Buffer.from(chunks.join('')));
    expect(first).toEqual(second);
    expect(first.size).toBe(140_001);
    expect(first.sha256).toBe(sha(chunks.join('')));
    expect(await listFiles(root)).toEqual([localBlobPath(root, first.sha256).slice(root.length + 1)]);
  });

  it('leaves no visible file when the input fails mid-way', async () => {
    async function* broken() {
      yield Buffer.from('first half of a file');
      throw new Error('connection reset');
    }
    await expect(storage.put(broken())).rejects.toThrow('connection reset');
    expect(await listFiles(root)).toEqual([]);
  });

  it('answers null / false for an absent address and refuses a malformed one', async () => {
    const absent = sha('never stored');
    expect(await storage.get(absent)).toBeNull();
    expect(await storage.has(absent)).toBe(false);
    await expect(storage.has('../../etc/passwd')).rejects.toThrow(/invalid content address/);
    await expect(storage.get(absent.toUpperCase())).rejects.toThrow(/invalid content address/);
  });

  it('sweeps staging leftovers older than the given age and keeps fresh ones', async () => {
    const staging = join(root, '.staging');
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, 'old.part'), 'x');
    await writeFile(join(staging, 'fresh.part'), 'y');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(staging, 'old.part'), hourAgo, hourAgo);
    expect(await storage.sweepStaging(60_000)).toBe(1);
    expect(await readdir(staging)).toEqual(['fresh.part']);
  });
});
