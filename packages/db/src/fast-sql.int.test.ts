import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastSqlOf } from './fast-sql.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { createTestDb, testBackends, type TestDb } from './testing.ts';

describe.each(testBackends())('fastSqlOf on %s', (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ backend });
  });
  afterAll(() => db.close());

  it('runs a parameterised statement on the same database as the Prisma client', async () => {
    await db.prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Pati' } });
    const sql = fastSqlOf(db.prisma);
    const rows = await sql<{ name: string; n: number }>(
      'SELECT name, length(name)::int AS n FROM "Region" WHERE code = $1',
      ['33.18'],
    );
    expect(rows).toEqual([{ name: 'Kabupaten Pati', n: 14 }]);
    expect(await sql('SELECT 1 FROM "Region" WHERE code = $1', ['nope'])).toEqual([]);
  });

  it('never reads inside an open Prisma transaction: an uncommitted row stays invisible', async () => {
    const sql = fastSqlOf(db.prisma);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted = () => {};
    const insertedP = new Promise<void>((resolve) => (inserted = resolve));
    const tx = db.prisma.$transaction(async (t) => {
      await t.region.create({ data: { code: '33.19', name: 'Kabupaten Jepara' } });
      inserted();
      await held;
    });
    await insertedP;
    const read = sql<{ n: number }>('SELECT count(*)::int AS n FROM "Region" WHERE code = $1', ['33.19']);
    // On PGlite the read waits for the transaction; on a server it runs beside it. Either way it must not see
    // the uncommitted row before the commit, and must see it once the read was queued after the commit.
    const early = await Promise.race([
      read,
      new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 100)),
    ]);
    if (early !== 'waiting') expect(early).toEqual([{ n: 0 }]);
    release();
    await tx;
    if (early === 'waiting') expect(await read).toEqual([{ n: 1 }]);
    expect(await sql('SELECT count(*)::int AS n FROM "Region" WHERE code = $1', ['33.19'])).toEqual([
      { n: 1 },
    ]);
  });

  it('falls back to $queryRawUnsafe for a client it did not make', async () => {
    const adapter =
      db.target.kind === 'pglite' ? new PrismaPGlite(db.target.pglite) : new PrismaPg(db.target.config);
    const foreign = new PrismaClient({ adapter });
    const rows = await fastSqlOf(foreign)<{ name: string }>('SELECT name FROM "Region" WHERE code = $1', [
      '33.18',
    ]);
    expect(rows).toEqual([{ name: 'Kabupaten Pati' }]);
    // The PGlite instance belongs to `db`; only a server client is disconnected here.
    if (db.target.kind === 'postgres') await foreign.$disconnect();
  });
});
