// Runs the S3 backend against s3rver, an S3-compatible server in process on loopback (dev dependency).
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, type Storage } from './index.ts';

const sha = (data: string) => createHash('sha256').update(data).digest('hex');

describe('S3-compatible storage', () => {
  let dir: string;
  let server: S3rver;
  let storage: Storage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inovda-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: 'evidence' }],
    });
    const { port } = await server.run();
    storage = createStorage({
      dataDir: join(dir, 'data'),
      s3: {
        bucket: 'evidence',
        prefix: 'pati/',
        endpoint: `http://127.0.0.1:${port}`,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts, finds and reads back content by its sha256', async () => {
    const content = 'bukti dukung '.repeat(10_000);
    const blob = await storage.put(Buffer.from(content));
    expect(blob).toEqual({ sha256: sha(content), size: content.length });
    expect(await storage.has(blob.sha256)).toBe(true);
    const stream = await storage.get(blob.sha256);
    expect(stream && (await text(stream))).toBe(content);
    // The second put of identical content is a no-op and leaves no staging file behind.
    expect(await storage.put(Buffer.from(content))).toEqual(blob);
    expect(await readdir(join(dir, 'data', 'evidence-staging'))).toEqual([]);
  });

  it('answers null / false for an absent key', async () => {
    const absent = sha('absent');
    expect(await storage.has(absent)).toBe(false);
    expect(await storage.get(absent)).toBeNull();
  });

  it('uploads nothing when the input fails mid-way', async () => {
    async function* broken() {
      yield Buffer.from('partial');
      throw new Error('client went away');
    }
    await expect(storage.put(broken())).rejects.toThrow('client went away');
    expect(await storage.has(sha('partial'))).toBe(false);
  });
});
