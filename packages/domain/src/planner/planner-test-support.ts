// Test helpers shared by the planner tests: portfolios with random tiers and editions with chosen constants,
// plus a brute-force optimum over every subset scored by the domain's own `scoreRegion`.
import fc from 'fast-check';
import { getEdition } from '../editions/registry.ts';
import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import type { Rational } from '../scoring/rational.ts';
import { scoreInnovation } from '../scoring/score-innovation.ts';
import { scoreRegion } from '../scoring/score-region.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';

export const IGA_2026 = getEdition('iga-2026') as TEditionPack;

/** A copy of IGA 2026 with other planner constants (small k and caps make every regime reachable). */
export function withConstants(values: {
  minDivisor: number;
  yandasMin: number;
  countCap: number;
  countWeightX100: number;
}): TEditionPack {
  const c = IGA_2026.constants;
  return {
    ...IGA_2026,
    constants: {
      ...c,
      minDivisor: { ...c.minDivisor, value: values.minDivisor },
      yandasMin: { ...c.yandasMin, value: values.yandasMin },
      countCap: { ...c.countCap, value: values.countCap },
      countWeightX100: { ...c.countWeightX100, value: values.countWeightX100 },
    },
  };
}

export const arbConstants = fc.record({
  minDivisor: fc.integer({ min: 1, max: 8 }),
  yandasMin: fc.integer({ min: 0, max: 6 }),
  countCap: fc.integer({ min: 1, max: 12 }),
  countWeightX100: fc.constantFrom(0, 38, 400, 1500),
});

// Yandas urusan are rarer than the rest, so covering the yandas rule often needs a weak innovation.
const arbUrusan = fc.oneof(
  { arbitrary: fc.constantFrom(...YANDAS_URUSAN), weight: 1 },
  { arbitrary: fc.constantFrom('pariwisata', 'pertanian'), weight: 2 },
);
const SID_CODES = IGA_2026.sid.map((indicator) => indicator.code);
const SPD_CODES = IGA_2026.spd.map((row) => row.code);

const arbTiers = (codes: readonly string[]) =>
  fc
    .integer({ min: 0, max: 3 })
    .chain((level) =>
      fc.array(fc.integer({ min: 0, max: level }), { minLength: codes.length, maxLength: codes.length }),
    )
    .map((tiers): Record<string, number> =>
      Object.fromEntries(
        codes.map((code, i): [string, number] => [code, tiers[i] ?? 0]).filter(([, tier]) => tier !== 0),
      ),
    );

/** Portfolios of up to `max` innovations with random tiers and urusan (yandas and not). */
export const arbPortfolio = (max: number): fc.Arbitrary<TPortfolio> =>
  fc
    .record({
      spd: arbTiers(SPD_CODES),
      innovations: fc.array(fc.record({ urusan: arbUrusan, indicators: arbTiers(SID_CODES) }), {
        maxLength: max,
      }),
    })
    .map(({ spd, innovations }) => ({
      edition: 'iga-2026',
      spd,
      innovations: innovations.map((innovation, j) => ({ id: `i${j}`, ...innovation })),
    }));

/** Exact comparison of two non-negative rationals. */
export function compareRational(a: Rational, b: Rational): number {
  const diff = BigInt(a.num) * BigInt(b.den) - BigInt(b.num) * BigInt(a.den);
  return diff > 0n ? 1 : diff < 0n ? -1 : 0;
}

/** The highest exact total over every subset, each scored by `scoreRegion`. */
export function bruteForceBestTotal(
  edition: TEditionPack,
  spd: Record<string, number>,
  innovations: readonly { id: string; urusan: string; maturityX100: number }[],
): Rational {
  let best: Rational | undefined;
  for (let mask = 0; mask < 1 << innovations.length; mask++) {
    const chosen = innovations.filter((_, j) => (mask & (1 << j)) !== 0);
    const { total } = scoreRegion(edition, { spd, innovations: chosen });
    if (best === undefined || compareRational(total, best) > 0) best = total;
  }
  return best ?? { num: 0, den: 1 };
}

/** The portfolio's innovations with their maturities from the domain scoring. */
export function scoredInnovations(edition: TEditionPack, portfolio: TPortfolio) {
  return portfolio.innovations.map((innovation) => ({
    id: innovation.id,
    urusan: innovation.urusan,
    maturityX100: scoreInnovation(edition, innovation.indicators).maturityX100,
  }));
}
