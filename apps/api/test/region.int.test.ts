// Region settings on a real database: who may read and change them, the zone whitelist and its message in both
// languages, the audit row, optimistic locking, and what follows the zone (auth.me, dashboard caches, reminders).
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../src/context.ts';
import { appRouter } from '../src/routers/index.ts';
import { StampedCache } from '../src/services/dashboard/stamped-cache.ts';
import { createHarness, type Harness, type UserKey } from './harness.ts';
import { callerWithMail, seedRegionA, setClock, wib } from './reminders/fixtures.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const regionA = () => h.prisma.region.findUniqueOrThrow({ where: { id: h.region.id } });
const auditRows = () =>
  h.prisma.auditEvent.findMany({ where: { action: 'region.update' }, orderBy: { id: 'asc' } });

/** The error as the client receives it (the app's error formatter), in `lang`. */
function shapeOf(error: unknown, lang: 'id' | 'en') {
  return getErrorShape({
    config: appRouter._def._config,
    error: error as Parameters<typeof getErrorShape>[0]['error'],
    type: 'mutation',
    path: 'region.update',
    input: undefined,
    ctx: { lang, requestId: 'req-region' } as Context,
  }).data as { appCode: string; fieldErrors: Record<string, string[]> | null };
}

describe('region.get', () => {
  it.each<UserKey>(['admin', 'verifier', 'operator', 'viewer'])('gives %s its own region', async (key) => {
    expect(await h.callerFor(key).region.get()).toEqual({
      id: h.region.id,
      code: '33.18',
      name: 'Kabupaten Uji',
      provinceCode: null,
      provinceName: null,
      timeZone: 'Asia/Jakarta',
      version: 1,
    });
  });

  it('gives a user of another region that region, never region A', async () => {
    expect(await h.callerFor('otherRegion').region.get()).toMatchObject({
      id: h.otherRegion.id,
      code: '33.19',
    });
  });
});

describe('region.update', () => {
  it.each<UserKey>(['operator', 'verifier', 'viewer'])('refuses %s and changes nothing', async (key) => {
    await expect(
      h.callerFor(key).region.update({ version: 1, timeZone: 'Asia/Makassar' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'AUTH.FORBIDDEN' });
    expect(await regionA()).toMatchObject({ timeZone: 'Asia/Jakarta', version: 1 });
    expect(await auditRows()).toEqual([]);
  });

  it.each(['Asia/Pontianak', 'Europe/Amsterdam', 'UTC+8', 'asia/makassar', ''])(
    'refuses the zone %j with a message in Indonesian and English',
    async (timeZone) => {
      const error = await h
        .callerFor('admin')
        .region.update({ version: 1, timeZone })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      const id = shapeOf(error, 'id');
      expect(id.appCode).toBe('VALIDATION.INVALID_INPUT');
      expect(id.fieldErrors?.timeZone).toEqual([
        'Zona waktu harus salah satu dari zona waktu Indonesia: Asia/Jakarta, Asia/Makassar, Asia/Jayapura (WIB, WITA, WIT).',
      ]);
      expect(shapeOf(error, 'en').fieldErrors?.timeZone?.[0]).toMatch(
        /^The time zone must be one of Indonesia's/,
      );
      expect(await regionA()).toMatchObject({ timeZone: 'Asia/Jakarta', version: 1 });
    },
  );

  it('lets the ADMIN set WITA and the name, audited with before and after, and auth.me follows', async () => {
    const admin = h.callerFor('admin');
    const after = await admin.region.update({
      version: 1,
      timeZone: 'Asia/Makassar',
      name: '  Kabupaten Uji Timur ',
    });
    expect(after).toMatchObject({ timeZone: 'Asia/Makassar', name: 'Kabupaten Uji Timur', version: 2 });
    expect(await regionA()).toMatchObject({
      timeZone: 'Asia/Makassar',
      name: 'Kabupaten Uji Timur',
      version: 2,
    });
    const [audit, ...more] = await auditRows();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      regionId: h.region.id,
      actorId: h.users.admin.id,
      entity: 'Region',
      entityId: h.region.id,
      before: { timeZone: 'Asia/Jakarta', name: 'Kabupaten Uji', version: 1 },
      after: { timeZone: 'Asia/Makassar', name: 'Kabupaten Uji Timur', version: 2 },
    });
    // Every user of the region sees the new zone in the session the app starts from.
    expect((await h.callerFor('operator').auth.me())?.region).toMatchObject({ timeZone: 'Asia/Makassar' });
  });

  it('refuses a stale version (EDIT.CONFLICT) and writes nothing for an unchanged form', async () => {
    const admin = h.callerFor('admin');
    await admin.region.update({ version: 1, timeZone: 'Asia/Jayapura' });
    await expect(admin.region.update({ version: 1, timeZone: 'Asia/Makassar' })).rejects.toMatchObject({
      code: 'CONFLICT',
      appCode: 'EDIT.CONFLICT',
    });
    // Same values again: nothing to save, no new version, no second audit row; stale and unchanged still conflicts.
    expect(
      await admin.region.update({ version: 2, timeZone: 'Asia/Jayapura', name: 'Kabupaten Uji' }),
    ).toMatchObject({ version: 2 });
    await expect(admin.region.update({ version: 1, timeZone: 'Asia/Jayapura' })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    expect(await auditRows()).toHaveLength(1);
    expect(await regionA()).toMatchObject({ timeZone: 'Asia/Jayapura', version: 2 });
  });

  it("changes only the ADMIN's own region", async () => {
    await h.callerFor('otherRegion').region.update({ version: 1, timeZone: 'Asia/Jayapura' });
    expect(await regionA()).toMatchObject({ timeZone: 'Asia/Jakarta', version: 1 });
    const other = await h.prisma.region.findUniqueOrThrow({ where: { id: h.otherRegion.id } });
    expect(other).toMatchObject({ timeZone: 'Asia/Jayapura', version: 2 });
    const [audit] = await auditRows();
    expect(audit).toMatchObject({ regionId: h.otherRegion.id, entityId: h.otherRegion.id });
  });

  it("makes the region's cached dashboard aggregates stale (their stamp is the region's audit log)", async () => {
    const cache = new StampedCache<{ loaded: number }>();
    let loads = 0;
    const load = () => Promise.resolve({ loaded: ++loads });
    await cache.get(h.prisma, h.region.id, 'summary', load);
    expect(await cache.get(h.prisma, h.region.id, 'summary', load)).toEqual({ loaded: 1 });
    await h.callerFor('admin').region.update({ version: 1, timeZone: 'Asia/Makassar' });
    expect(await cache.get(h.prisma, h.region.id, 'summary', load)).toEqual({ loaded: 2 });
  });
});

describe('the reminder sweep follows the zone the ADMIN sets', () => {
  it('counts deadline days in WIT after the change, and in WIB again after changing back', async () => {
    await seedRegionA(h);
    const admin = h.callerFor('admin');
    const sweepAt = async (at: Date) => {
      setClock(h, at);
      return (await callerWithMail(h, 'admin', null)).reminder.runNow();
    };
    await admin.region.update({ version: 1, timeZone: 'Asia/Jayapura' });
    // 21:00 WIB on 8 June is 23:00 WIT; the deadline (23:59 WIB on 15 June) is 01:59 WIT on 16 June: 8 days, no D-7.
    const wit = await sweepAt(wib('2026-06-08T21:00'));
    expect(wit.notifications).toBe(0);
    expect(wit.deadlines[0]).toMatchObject({ milestone: null, daysLeft: 8 });

    await (await callerWithMail(h, 'admin', null)).region.update({ version: 2, timeZone: 'Asia/Jakarta' });
    const wibSweep = await sweepAt(wib('2026-06-08T21:00'));
    expect(wibSweep.deadlines[0]).toMatchObject({ milestone: 'D7', daysLeft: 7 });
    expect(wibSweep.notifications).toBe(3);
  });
});
