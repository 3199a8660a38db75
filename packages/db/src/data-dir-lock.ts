// PGlite is single-process: two processes opening one data directory would corrupt it. A lock file next to the
// directory (`<dataDir>.lock`, holding the owner's pid) turns that into a clear error; a lock left by a process
// that no longer runs is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

// Locks held by this process. A lock file with our own pid that is not in here was left by an earlier process
// that happened to get the same pid (common in containers, where the app is often pid 1).
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock of a PGlite data directory; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  if (held.has(path)) {
    throw new Error(
      `Direktori data sudah dibuka oleh proses ini / the data directory is already open in this process: ${dataDir}`,
    );
  }
  if (!tryCreate(path)) {
    const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `Direktori data sedang dipakai proses ${owner} / the data directory is in use by process ${owner}: ${dataDir}. ` +
          'Hentikan proses itu atau gunakan DATABASE_URL / stop that process or use DATABASE_URL.',
      );
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) {
      throw new Error(`Direktori data sedang dipakai / the data directory is in use: ${dataDir}`);
    }
  }
  held.add(path);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(path);
    rmSync(path, { force: true });
  };
}
