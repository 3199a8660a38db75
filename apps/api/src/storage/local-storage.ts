// Content-addressed files on local disk: <root>/<aa>/<bb>/<sha256>. A blob is staged in <root>/.staging (same
// file system, so the final rename is atomic) and renamed into place only once complete, fsynced and hashed.
import { createReadStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { stageInput, sweepStagingDir } from './staging.ts';
import { assertSha256, type Storage, type StorageInput, type StoredBlob } from './types.ts';

const STAGING_DIR_NAME = '.staging';

/** The path of a blob inside a local store root. */
export function localBlobPath(root: string, sha256: string): string {
  assertSha256(sha256);
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createLocalStorage(root: string): Storage {
  const stagingDir = join(root, STAGING_DIR_NAME);
  return {
    kind: 'local',
    async put(input: StorageInput): Promise<StoredBlob> {
      const staged = await stageInput(stagingDir, input);
      const target = localBlobPath(root, staged.sha256);
      try {
        if (await exists(target)) return { sha256: staged.sha256, size: staged.size };
        await mkdir(dirname(target), { recursive: true });
        await rename(staged.path, target);
        await syncDir(dirname(target));
      } finally {
        await rm(staged.path, { force: true });
      }
      return { sha256: staged.sha256, size: staged.size };
    },
    async get(sha256: string): Promise<Readable | null> {
      const path = localBlobPath(root, sha256);
      if (!(await exists(path))) return null;
      return createReadStream(path);
    },
    async has(sha256: string): Promise<boolean> {
      return exists(localBlobPath(root, sha256));
    },
    async delete(sha256: string): Promise<void> {
      await rm(localBlobPath(root, sha256), { force: true });
    },
    sweepStaging: (maxAgeMs) => sweepStagingDir(stagingDir, maxAgeMs),
  };
}
