// The start command's database step on a real database: the demo only where asked (issue 10, security finding 1:
// every install on DATABASE_URL got the demo ADMIN with the public password).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb, testBackends, type TestDb } from '@inovda/db/testing';
import { DEMO_ACCOUNTS } from '@inovda/db/seed';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../env.ts';
import { createStorage } from '../storage/index.ts';
import { prepareDatabase } from './prepare-database.ts';

// A fresh migrated database per case and a full demo seed: minutes, not seconds, on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

const dir = mkdtempSync(join(tmpdir(), 'inovda-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const storage = createStorage({ dataDir: dir });
const PG_URL = 'postgresql://inovda@db.example.go.id:5432/inovda';

describe.each(testBackends())('prepareDatabase on %s', (backend) => {
  let db: TestDb;
  let lines: string[];
  beforeEach(async () => {
    db = await createTestDb({ backend });
    lines = [];
  });
  afterEach(() => db.close());
  const prepare = (env: Record<string, string>) =>
    prepareDatabase({ db, env: loadEnv(env), storage, log: (line) => lines.push(line) });

  it('gives a database named by DATABASE_URL no demo account and no demo region', async () => {
    const prepared = await prepare({ DATABASE_URL: PG_URL });
    expect(await db.prisma.user.count({ where: { email: { endsWith: '@demo.inovda.id' } } })).toBe(0);
    expect(await db.prisma.region.count()).toBe(0);
    expect(prepared).toMatchObject({ demoAccounts: [], needsInit: true });
  });

  it('seeds the demo with INOVDA_DEMO=1, and a later start never brings back a renamed demo ADMIN', async () => {
    const first = await prepare({ DATABASE_URL: PG_URL, INOVDA_DEMO: '1' });
    expect(first.needsInit).toBe(false);
    expect(first.demoAccounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    await db.prisma.user.update({
      where: { email: 'admin@demo.inovda.id' },
      data: { email: 'bapperida@patikab.go.id' },
    });
    const again = await prepare({ DATABASE_URL: PG_URL, INOVDA_DEMO: '1' });
    expect(await db.prisma.user.count({ where: { email: 'admin@demo.inovda.id' } })).toBe(0);
    expect(again.demoAccounts.map((a) => a.email)).not.toContain('admin@demo.inovda.id');
    expect(again.demoAccounts).toHaveLength(DEMO_ACCOUNTS.length - 1);
  });

  it('leaves a database with a region alone and asks for no init', async () => {
    await db.prisma.region.create({
      data: { code: '33.17', name: 'Kabupaten Rembang', provinceCode: '33', provinceName: 'Jawa Tengah' },
    });
    const prepared = await prepare({ INOVDA_DEMO: '1' });
    expect(prepared).toMatchObject({ demoAccounts: [], needsInit: false });
    expect(await db.prisma.user.count()).toBe(0);
  });
});
