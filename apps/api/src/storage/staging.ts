// Writes an input to a private staging file while hashing it. Shared by both backends: the local store renames
// the staged file into place, the S3 store uploads it with a known length and key.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StorageInput, StoredBlob } from './types.ts';

export interface StagedFile extends StoredBlob {
  path: string;
}

function toReadable(input: StorageInput): Readable {
  if (input instanceof Readable) return input;
  if (input instanceof Uint8Array) return Readable.from([input]);
  return Readable.from(input);
}

/** Streams `input` into a new file in `stagingDir`, fsyncs it, and returns its path, sha256 and size. */
export async function stageInput(stagingDir: string, input: StorageInput): Promise<StagedFile> {
  await mkdir(stagingDir, { recursive: true });
  const path = join(stagingDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(toReadable(input), meter, createWriteStream(path, { flags: 'wx' }));
    // The rename that follows is only crash-safe if the data reached the disk first.
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { path, sha256: hash.digest('hex'), size };
}

/** Deletes staging files older than `maxAgeMs` (left by a crash mid-write). */
export async function sweepStagingDir(
  stagingDir: string,
  maxAgeMs: number,
  now = Date.now(),
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(stagingDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(stagingDir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs >= maxAgeMs) {
      await rm(path, { force: true, recursive: true });
      removed += 1;
    }
  }
  return removed;
}
