// Built package ZIPs kept in the data directory, so that downloading the same package again replays the stored
// bytes instead of rendering every profile and the workbook again. An entry is keyed by the package's content
// (the loaded data, which names every evidence file by its sha256): any change to what the package holds gives
// a new key and a new ZIP. Files are written under a temporary name and renamed into place, so a reader never
// sees half a ZIP; the index file of a period is renamed last and names its own ZIP, so two builds racing each
// other still leave a consistent pair. Older ZIPs of the period are removed when a new one is in place.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { PackageData } from './load-package.ts';
import { MANIFEST_FORMAT, type PreparedPackage, sha256Hex } from './package-zip.ts';

interface CachedPackageMeta {
  zip: string;
  manifestSha256: string;
  files: number;
  innovations: number;
}

export interface CachedPackage {
  meta: CachedPackageMeta;
  file: FileHandle;
  size: number;
}

/** The cache key of a package: its format and the data it is built from. */
export function packageKey(data: PackageData): string {
  return sha256Hex(JSON.stringify({ format: MANIFEST_FORMAT, data }));
}

const SAFE = /^[A-Za-z0-9_-]+$/;

export function createPackageCache(dir: string) {
  const indexPath = (periodId: string, key: string) => join(dir, `${periodId}-${key}.json`);

  /** The stored ZIP of this content, opened, or null when there is none (or it vanished meanwhile). */
  async function read(periodId: string, key: string): Promise<CachedPackage | null> {
    if (!SAFE.test(periodId)) return null;
    let meta: CachedPackageMeta;
    try {
      meta = JSON.parse(await readFile(indexPath(periodId, key), 'utf8')) as CachedPackageMeta;
    } catch {
      return null;
    }
    if (!SAFE.test(meta.zip.replace(/\.zip$/, ''))) return null;
    try {
      const file = await open(join(dir, meta.zip), 'r');
      return { meta, file, size: (await file.stat()).size };
    } catch {
      return null;
    }
  }

  /** Writes the prepared package as this content's ZIP and returns it opened; other ZIPs of the period go. */
  async function write(periodId: string, key: string, prepared: PreparedPackage): Promise<CachedPackage> {
    if (!SAFE.test(periodId)) throw new Error(`package cache: unexpected period id ${periodId}`);
    await mkdir(dir, { recursive: true });
    const zip = `${periodId}-${key}-${prepared.manifestSha256.slice(0, 16)}.zip`;
    const temp = join(dir, `.tmp-${randomUUID()}`);
    try {
      const out = createWriteStream(temp);
      // The archive ends the file stream when it is complete; a failed build closes it and leaves no entry.
      await prepared.write(out).catch((error: unknown) => {
        out.destroy();
        throw error;
      });
      await finished(out);
      await rename(temp, join(dir, zip));
      const meta: CachedPackageMeta = {
        zip,
        manifestSha256: prepared.manifestSha256,
        files: prepared.manifest.files.length,
        innovations: Array.isArray(prepared.manifest.innovations) ? prepared.manifest.innovations.length : 0,
      };
      const tempIndex = join(dir, `.tmp-${randomUUID()}`);
      await writeFile(tempIndex, JSON.stringify(meta));
      await rename(tempIndex, indexPath(periodId, key));
      await prune(periodId, new Set([zip, `${periodId}-${key}.json`]));
      const opened = await read(periodId, key);
      if (!opened) throw new Error(`package cache: ${zip} vanished after writing`);
      return opened;
    } finally {
      await rm(temp, { force: true });
    }
  }

  async function prune(periodId: string, keep: Set<string>) {
    for (const name of await readdir(dir)) {
      if (name.startsWith(`${periodId}-`) && !keep.has(name)) await rm(join(dir, name), { force: true });
    }
  }

  return { dir, read, write };
}
