import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testBackends, type TestDb } from '../testing.ts';
import { seedSynthetic } from './seed-synthetic.ts';
import type { SeedScoreFn } from './types.ts';

// Stand-in for the domain scorer the API passes: any pure function of the answers works here.
const score: SeedScoreFn = (answers) => ({
  claimedX100: answers.reduce((sum, a) => sum + a.claimedTier * (100 + Number(a.code)), 0),
  verifiedX100: answers.reduce(
    (sum, a) => sum + (a.verdict === 'ACCEPTED' ? (a.verifiedTier ?? 0) * (100 + Number(a.code)) : 0),
    0,
  ),
});

describe.each(testBackends())('seedSynthetic on %s', (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ backend });
  });
  afterAll(async () => {
    await db.close();
  });

  it('spreads innovations over regions and units, with maturities the scorer gives for the stored answers', async () => {
    const result = await seedSynthetic(db.prisma, {
      regions: 3,
      unitsPerRegion: 7,
      totalInnovations: 100,
      score,
      withAnswers: true,
    });
    expect(result).toMatchObject({ regionIds: ['syn-r1', 'syn-r2', 'syn-r3'], innovations: 100 });
    expect(await db.prisma.unit.count()).toBe(21);
    expect(await db.prisma.unit.count({ where: { kind: 'OPD', parentId: null } })).toBe(9);
    const perRegion = await db.prisma.innovation.groupBy({
      by: ['regionId'],
      _count: true,
      orderBy: { regionId: 'asc' },
    });
    expect(perRegion.map((g) => g._count)).toEqual([34, 33, 33]);
    const submissions = await db.prisma.submission.findMany({
      include: { answers: true, innovation: true, period: true },
    });
    expect(submissions).toHaveLength(100);
    expect(new Set(submissions.map((s) => s.state)).size).toBe(8);
    expect(result.answers).toBe(await db.prisma.indicatorAnswer.count());
    for (const s of submissions) {
      expect(s.period.regionId).toBe(s.innovation.regionId);
      const expected = score(
        s.answers.map((a) => ({ ...a, hasEvidence: true })),
        'iga-2026',
      );
      expect([s.claimedMaturityX100, s.verifiedMaturityX100]).toEqual([
        expected.claimedX100,
        expected.verifiedX100,
      ]);
    }
  });

  it('refuses to write a set whose tag already exists', async () => {
    await expect(
      seedSynthetic(db.prisma, { regions: 1, unitsPerRegion: 2, innovationsPerRegion: 1, score }),
    ).rejects.toThrow(/already exists/);
  });
});
