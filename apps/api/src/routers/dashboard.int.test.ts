// dashboard.summary against the domain: the projection over cached maturities equals `scoreRegion` over the
// same innovations, coverage lists units without innovations first, and scope holds.
import { scoreRegion, getEdition } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';

describe('dashboard.summary', () => {
  let h: Harness;
  const seeded: {
    id: string;
    urusan: string;
    state: string;
    include: boolean;
    claimed: number;
    verified: number;
  }[] = [];

  beforeAll(async () => {
    h = await createHarness();
    await h.prisma.period.update({
      where: { id: h.period.id },
      data: { internalDeadline: new Date(h.clock.now().getTime() + 5 * 86_400_000) },
    });
    const specs = [
      {
        unit: h.units.dinasA,
        urusan: 'kesehatan',
        state: 'VERIFIED',
        include: true,
        claimed: 9000,
        verified: 7525,
      },
      {
        unit: h.units.dinasA,
        urusan: 'pendidikan',
        state: 'SENT',
        include: true,
        claimed: 8000,
        verified: 8000,
      },
      {
        unit: h.units.uptdA,
        urusan: 'sosial',
        state: 'READY_TO_SEND',
        include: false,
        claimed: 7000,
        verified: 6000,
      },
      { unit: h.units.uptdA, urusan: 'pangan', state: 'DRAFT', include: true, claimed: 5000, verified: 0 },
      {
        unit: h.units.dinasA,
        urusan: 'trantibum-linmas',
        state: 'RETURNED',
        include: true,
        claimed: 6075,
        verified: 2000,
      },
      {
        unit: h.units.dinasA,
        urusan: 'sosial',
        state: 'REJECTED',
        include: true,
        claimed: 4000,
        verified: 0,
      },
    ] as const;
    for (const [i, s] of specs.entries()) {
      const innovation = await h.prisma.innovation.create({
        data: { regionId: h.region.id, unitId: s.unit, name: `Inovasi ${i}`, urusan: s.urusan },
      });
      await h.prisma.submission.create({
        data: {
          periodId: h.period.id,
          innovationId: innovation.id,
          state: s.state,
          includeInSend: s.include,
          claimedMaturityX100: s.claimed,
          verifiedMaturityX100: s.verified,
        },
      });
      seeded.push({
        id: innovation.id,
        urusan: s.urusan,
        state: s.state,
        include: s.include,
        claimed: s.claimed,
        verified: s.verified,
      });
    }
    await h.prisma.spdAnswer.createMany({
      data: [
        { periodId: h.period.id, code: '1', tier: 3 },
        { periodId: h.period.id, code: '12', tier: 2 },
      ],
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('projects claimed and verified IID exactly as the domain scores the same innovations', async () => {
    const summary = await h.callerFor('admin').dashboard.summary({ periodId: h.period.id });
    const pack = getEdition('iga-2026');
    if (!pack) throw new Error('iga-2026 missing');
    const spd = { '1': 3, '12': 2 };
    const claimedSet = seeded.filter((s) => s.include && s.state !== 'REJECTED');
    const verifiedSet = seeded.filter(
      (s) => s.include && ['VERIFIED', 'READY_TO_SEND', 'SENT'].includes(s.state),
    );
    const expected = (set: typeof seeded, key: 'claimed' | 'verified') =>
      scoreRegion(pack, {
        spd,
        innovations: set.map((s) => ({ id: s.id, urusan: s.urusan, maturityX100: s[key] })),
      });
    const claimed = expected(claimedSet, 'claimed');
    const verified = expected(verifiedSet, 'verified');
    expect(summary.projection.claimed).toMatchObject({
      iid: claimed.iid,
      iidX100: claimed.iidX100,
      predicate: claimed.predicate,
      innovationCount: 4,
    });
    expect(summary.projection.verified).toMatchObject({
      iid: verified.iid,
      iidX100: verified.iidX100,
      predicate: verified.predicate,
      innovationCount: 2,
    });
    expect(summary.projection.verified.spdX100).toBe(700);
  });

  it('counts the pipeline, lists units without innovations first and yandas coverage', async () => {
    const summary = await h.callerFor('viewer').dashboard.summary({ periodId: h.period.id });
    expect(summary.pipeline).toMatchObject({
      DRAFT: 1,
      RETURNED: 1,
      VERIFIED: 1,
      READY_TO_SEND: 1,
      SENT: 1,
      REJECTED: 1,
      SUBMITTED: 0,
    });
    expect(summary.coverage.units[0]).toMatchObject({ id: h.units.dinasB, innovationCount: 0 });
    expect(summary.coverage.unitsWithoutInnovation).toBe(1);
    expect(summary.yandas.urusan.find((u) => u.slug === 'sosial')).toMatchObject({
      claimedCount: 0,
      verifiedCount: 0,
    });
    expect(summary.yandas.coveredClaimed).toBe(3);
    expect(summary.ranking[0]).toMatchObject({
      unitId: h.units.dinasA,
      verifiedCount: 2,
      sumVerifiedX100: 15525,
    });
    expect(summary.atRisk.total).toBe(2);
    expect(summary.atRisk.items.map((i) => i.state).sort()).toEqual(['DRAFT', 'RETURNED']);
    expect(summary.period.daysLeft).toBe(5);
  });

  it('keeps other regions and operators out', async () => {
    await expect(
      h.callerFor('otherRegion').dashboard.summary({ periodId: h.period.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.callerFor('operator').dashboard.summary({ periodId: h.period.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.callerFor('admin').dashboard.summary({ periodId: 'missing' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
