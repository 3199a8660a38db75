import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, ensureDataDir, parsePgUrl } from './client.ts';
import { deployMigrations } from './migrate/runner.ts';

describe('createDb', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('persists a PGlite data directory (created if missing) across two opens', async () => {
    const root = mkdtempSync(join(tmpdir(), 'inovda-db-'));
    dirs.push(root);
    const dataDir = join(root, 'nested', 'db');
    const first = await createDb({ dataDir });
    expect(first.kind).toBe('pglite');
    await deployMigrations(first);
    await first.prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Pati' } });
    await first.close();
    await first.close();

    const second = await createDb({ dataDir });
    await expect(createDb({ dataDir })).rejects.toThrow(/already open in this process/);
    try {
      expect(await second.prisma.region.findMany({ select: { code: true, name: true } })).toEqual([
        { code: '33.18', name: 'Kabupaten Pati' },
      ]);
      expect((await deployMigrations(second)).applied).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('refuses a data directory locked by another running process and takes over a stale lock', async () => {
    const root = mkdtempSync(join(tmpdir(), 'inovda-db-'));
    dirs.push(root);
    const dataDir = join(root, 'db');
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    await expect(createDb({ dataDir })).rejects.toThrow(`in use by process ${process.ppid}`);
    writeFileSync(`${dataDir}.lock`, '999999999');
    const db = await createDb({ dataDir });
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    // Our own pid in a lock we do not hold: left by an earlier process with the same pid (containers).
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    const again = await createDb({ dataDir });
    await again.close();
  });

  it('says clearly when the data directory cannot be created', () => {
    const root = mkdtempSync(join(tmpdir(), 'inovda-db-'));
    dirs.push(root);
    writeFileSync(join(root, 'file'), 'x');
    expect(() => ensureDataDir(join(root, 'file', 'db'))).toThrow(
      /tidak dapat ditulis \/ data directory is not writable/,
    );
  });

  it('parses a PostgreSQL URL into a config object with the database name', () => {
    expect(parsePgUrl('postgresql://u:p@db.example:6543/inovda')).toMatchObject({
      host: 'db.example',
      port: 6543,
      user: 'u',
      password: 'p',
      database: 'inovda',
    });
    expect(() => parsePgUrl('postgresql://u@db.example')).toThrow(/no database name/);
  });
});
