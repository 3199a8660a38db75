// The region stamp changes whenever an audit row of the region becomes visible after it was read, including
// a row with a LOWER id than the newest one (a transaction that took its id first and committed last), which
// a stamp of max(id) would miss.
import { createTestDb, type TestDb } from '@inovda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRegionStampCurrent, readRegionStamp } from './region-stamp.ts';

describe('region stamp', () => {
  let db: TestDb;
  let regionId: string;
  let otherRegionId: string;

  beforeAll(async () => {
    db = await createTestDb();
    regionId = (await db.prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Uji' } })).id;
    otherRegionId = (await db.prisma.region.create({ data: { code: '33.19', name: 'Kabupaten Lain' } })).id;
  });
  afterAll(() => db.close());

  const audit = (region: string, extra: { id?: bigint; at?: Date } = {}) =>
    db.prisma.auditEvent.create({
      data: { regionId: region, action: 'test.write', entity: 'Test', entityId: 'x', ...extra },
    });

  it('stays current without new rows of the region, and changes with one', async () => {
    await audit(regionId);
    const stamp = await readRegionStamp(db.prisma, regionId);
    expect(await isRegionStampCurrent(db.prisma, regionId, stamp)).toBe(true);
    await audit(otherRegionId);
    expect(await isRegionStampCurrent(db.prisma, regionId, stamp)).toBe(true);
    await audit(regionId);
    expect(await isRegionStampCurrent(db.prisma, regionId, stamp)).toBe(false);
  });

  it('changes when a row with a lower id and an earlier start commits after the stamp', async () => {
    // A transaction takes an id from the sequence, then another transaction writes and commits a newer row.
    const [taken] = await db.prisma.$queryRaw<{ id: bigint }[]>`
      SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`;
    await audit(regionId);
    const stamp = await readRegionStamp(db.prisma, regionId);
    // The first transaction (started 2 s ago) commits only now, with its lower id.
    const { now } = (await db.prisma.$queryRaw<{ now: Date }[]>`SELECT LOCALTIMESTAMP(3) AS now`)[0] ?? {
      now: new Date(),
    };
    await audit(regionId, { id: taken?.id ?? 0n, at: new Date(now.getTime() - 2_000) });
    expect(await isRegionStampCurrent(db.prisma, regionId, stamp)).toBe(false);
  });
});
