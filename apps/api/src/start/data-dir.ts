// The data directory must exist and be writable before anything opens a database or stores a file there.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class StartupError extends Error {
  override name = 'StartupError';
}

/** Creates the directory if needed and proves it is writable by writing and removing a probe file. */
export function assertDataDirWritable(dataDir: string): void {
  const probe = join(dataDir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new StartupError(
      [
        `Direktori data ${dataDir} tidak dapat ditulis (${reason}). Periksa izinnya, atau pilih direktori lain dengan INOVDA_DATA_DIR=/path/lain.`,
        `The data directory ${dataDir} is not writable (${reason}). Check its permissions, or choose another one with INOVDA_DATA_DIR=/other/path.`,
      ].join('\n'),
      { cause },
    );
  }
}
