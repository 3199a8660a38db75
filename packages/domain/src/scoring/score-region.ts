import type { TEditionPack } from '../editions/schema.ts';
import { YANDAS_URUSAN, type YandasSlug } from '../urusan/urusan.ts';
import { type CompiledEdition, compileEdition } from './compile-edition.ts';
import { type Predicate, predicateFor } from './predicate.ts';
import { type Rational, formatRational, makeRational } from './rational.ts';
import { scoreSpd } from './score-spd.ts';
import { formatX100 } from './format.ts';
import { roundHalfUpDivide } from './integer-math.ts';

/** One counted innovation of a region: its maturity (usually the verified one) and its urusan slug. */
export interface RegionInnovation {
  readonly id: string;
  readonly maturityX100: number;
  readonly urusan: string;
}

/** The region's SPD tiers and the innovations it sends (all of them count in n). */
export interface RegionInput {
  readonly spd: Readonly<Record<string, number>>;
  readonly innovations: readonly RegionInnovation[];
}

/** Aggregates from which the region score follows; lets bulk callers skip per-innovation objects. */
export interface RegionTotals {
  readonly spdX100: number;
  readonly innovationCount: number;
  readonly sumMaturityX100: number;
  readonly yandasCovered: number;
}

/** The region's IID with every intermediate value; rationals are exact, texts rounded half-up to 2 decimals. */
export interface RegionScore {
  readonly spdX100: number;
  readonly innovationCount: number;
  /** MAX(k, n). */
  readonly divisor: number;
  readonly sumMaturityX100: number;
  /** Sum of maturities / divisor, in points. */
  readonly averageMaturity: Rational;
  readonly averageMaturityText: string;
  readonly yandasCovered: number;
  readonly countScoreX100: number;
  /** averageMaturity + count score, in points. */
  readonly sid: Rational;
  readonly sidText: string;
  /** SPD + SID, in points. */
  readonly total: Rational;
  readonly totalText: string;
  /** total / totalMax x 100, rounded half-up to hundredths from the exact total. */
  readonly iidX100: number;
  readonly iid: string;
  readonly predicate: Predicate;
}

/**
 * The region score from its aggregates (reference §3.2): divisor = MAX(k, n); count score = MIN(n, cap) x
 * weight when yandasCovered >= yandasMin, else 0; total = SPD + sum/divisor + count; IID = total / totalMax x
 * 100 rounded half-up to 2 decimals from the exact rational (integer math, e.g. 40 + 7369/80 + 80 x 0.38 =
 * 162.5125 exactly -> 65.005 -> 65.01). The predicate reads the rounded IID.
 */
export function scoreRegionTotals(compiled: CompiledEdition, totals: RegionTotals): RegionScore {
  const { spdX100, innovationCount: n, sumMaturityX100, yandasCovered } = totals;
  const divisor = Math.max(compiled.minDivisor, n);
  const counts = yandasCovered >= compiled.yandasMin;
  const countScoreX100 = counts ? Math.min(n, compiled.countCap) * compiled.countWeightX100 : 0;
  // Everything over the common denominator 100 x divisor (hundredths of a point, per divisor).
  const sidNum = sumMaturityX100 + countScoreX100 * divisor;
  const totalNum = spdX100 * divisor + sidNum;
  const den = 100 * divisor;
  const iidX100 = roundHalfUpDivide(totalNum * 100, divisor * compiled.totalMax);
  const averageMaturity = makeRational(sumMaturityX100, den);
  const sid = makeRational(sidNum, den);
  const total = makeRational(totalNum, den);
  return {
    spdX100,
    innovationCount: n,
    divisor,
    sumMaturityX100,
    averageMaturity,
    averageMaturityText: formatRational(averageMaturity),
    yandasCovered,
    countScoreX100,
    sid,
    sidText: formatRational(sid),
    total,
    totalText: formatRational(total),
    iidX100,
    iid: formatX100(iidX100),
    predicate: predicateFor(compiled, iidX100),
  };
}

const YANDAS_BIT: ReadonlyMap<string, number> = new Map(YANDAS_URUSAN.map((slug, i) => [slug, 1 << i]));

/** Bit i set when `YANDAS_URUSAN[i]` is among the slugs; no allocation besides the iteration. */
function yandasMask(urusanSlugs: Iterable<string>): number {
  let mask = 0;
  for (const slug of urusanSlugs) mask |= YANDAS_BIT.get(slug) ?? 0;
  return mask;
}

/** The yandas slugs that at least one of the urusan slugs covers, in `YANDAS_URUSAN` order. */
export function listYandasCovered(urusanSlugs: Iterable<string>): YandasSlug[] {
  const mask = yandasMask(urusanSlugs);
  return YANDAS_URUSAN.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** How many distinct yandas urusan the slugs cover (0..6). */
export function countYandasCovered(urusanSlugs: Iterable<string>): number {
  let count = 0;
  for (let mask = yandasMask(urusanSlugs); mask !== 0; mask &= mask - 1) count++;
  return count;
}

/**
 * Scores a region: SPD from its tiers, n = every innovation given (pass only the ones sent), yandas coverage
 * from their urusan slugs, then `scoreRegionTotals`. Maturities must be non-negative integer hundredths.
 */
export function scoreRegion(edition: TEditionPack, input: RegionInput): RegionScore {
  let sumMaturityX100 = 0;
  for (const innovation of input.innovations) {
    const m = innovation.maturityX100;
    if (!Number.isSafeInteger(m) || m < 0)
      throw new RangeError(`innovation ${innovation.id}: bad maturity ${m}`);
    sumMaturityX100 += m;
  }
  return scoreRegionTotals(compileEdition(edition), {
    spdX100: scoreSpd(edition, input.spd).spdX100,
    innovationCount: input.innovations.length,
    sumMaturityX100,
    yandasCovered: countYandasCovered(input.innovations.map((i) => i.urusan)),
  });
}
