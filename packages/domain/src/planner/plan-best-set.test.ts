import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { planBestSet } from './plan-best-set.ts';
import {
  arbConstants,
  arbPortfolio,
  bruteForceBestTotal,
  compareRational,
  IGA_2026,
  scoredInnovations,
  withConstants,
} from './planner-test-support.ts';

/** Tiers giving exactly `points` of maturity in IGA 2026: indicator 35 (weight 4) and 16/31/33 (3) first. */
function tiersFor(points: number): Record<string, number> {
  const tiers: Record<string, number> = {};
  let left = points;
  for (const { code, weightX100 } of [...IGA_2026.sid].sort((a, b) => b.weightX100 - a.weightX100)) {
    const weight = weightX100 / 100;
    const tier = Math.min(3, Math.floor(left / weight));
    if (tier > 0) tiers[code] = tier;
    left -= tier * weight;
  }
  if (left !== 0) throw new Error(`cannot reach ${points}`);
  return tiers;
}

const portfolioOf = (innovations: [string, number][]): TPortfolio => ({
  edition: 'iga-2026',
  spd: { '1': 3 },
  innovations: innovations.map(([urusan, points], j) => ({
    id: `i${j}`,
    urusan,
    indicators: tiersFor(points),
  })),
});

describe('planBestSet', () => {
  it('finds the exact optimum of every subset (brute force with scoreRegion, up to 12 innovations)', () => {
    fc.assert(
      fc.property(arbConstants, arbPortfolio(12), (constants, portfolio) => {
        const edition = withConstants(constants);
        const plan = planBestSet(edition, portfolio);
        const best = bruteForceBestTotal(edition, portfolio.spd, scoredInnovations(edition, portfolio));
        expect(compareRational(plan.best.total, best)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('is never worse than sending everything, and splits the ids into send and exclude', () => {
    fc.assert(
      fc.property(arbConstants, arbPortfolio(40), (constants, portfolio) => {
        const plan = planBestSet(withConstants(constants), portfolio);
        expect(compareRational(plan.best.total, plan.all.total)).toBeGreaterThanOrEqual(0);
        expect(plan.gainX100).toBeGreaterThanOrEqual(0);
        expect([...plan.sendIds, ...plan.excludedIds].sort()).toEqual(
          portfolio.innovations.map((i) => i.id).sort(),
        );
        expect(plan.best.innovationCount).toBe(plan.sendIds.length);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves out weak innovations once n > k lets them pull the average down', () => {
    const strong = [
      'pendidikan',
      'kesehatan',
      'sosial',
      'trantibum-linmas',
      'perumahan-kawasan-permukiman',
      'pariwisata',
    ];
    const portfolio = portfolioOf([
      ...Array.from({ length: 12 }, (_, j): [string, number] => [strong[j % 6] ?? '', 90]),
      ['pertanian', 10],
      ['pangan', 10],
    ]);
    const plan = planBestSet(IGA_2026, portfolio);
    expect(plan.excludedIds).toEqual(['i12', 'i13']);
    expect(plan.best.iid).toBe('39.02'); // (3 + 90 + 12 x 0.38) / 2.5
    expect(plan.all.iid).toBe('34.76'); // (3 + 1100/14 + 14 x 0.38) / 2.5
    expect(plan.gainX100).toBe(426);
  });

  it('keeps a weak innovation when it is the one that completes the yandas rule', () => {
    const four = ['pendidikan', 'kesehatan', 'pekerjaan-umum-penataan-ruang', 'trantibum-linmas'];
    const rows = Array.from({ length: 20 }, (_, j): [string, number] => [four[j % 4] ?? '', 100]);
    const middling = Array.from({ length: 5 }, (): [string, number] => ['pariwisata', 50]);
    // With sosial: 2020/21 + 21 x 0.38 = 104.17; the top 21 (no count score) 97.62; all 26 only 97.19.
    const plan = planBestSet(IGA_2026, portfolioOf([...rows, ...middling, ['sosial', 20]]));
    expect(plan.sendIds).toContain('i25');
    expect(plan.best.yandasCovered).toBe(5);
    expect(plan.excludedIds).toEqual(['i20', 'i21', 'i22', 'i23', 'i24']);
  });

  it('sends nothing extra for an empty portfolio (SPD only)', () => {
    const plan = planBestSet(IGA_2026, { edition: 'iga-2026', spd: { '1': 3 }, innovations: [] });
    expect(plan.sendIds).toEqual([]);
    expect(plan.best.iid).toBe('1.20');
  });
});
