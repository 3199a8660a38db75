import { type Tier, assertTier } from './tier.ts';

/** One scored row: weight x tier, in hundredths. */
export interface ScoredRow {
  readonly code: string;
  readonly tier: Tier;
  readonly weightX100: number;
  readonly scoreX100: number;
}

/** The rows of one aspect and their sum in hundredths. */
export interface ScoredRows {
  readonly totalX100: number;
  readonly rows: ScoredRow[];
}

/**
 * The score of one row in hundredths: its weight times the tier (a tier-2 row of weight 3.00 scores 600). Throws
 * a RangeError for a tier outside 0..3.
 */
export function scoreRowX100(weightX100: number, tier: number): number {
  assertTier(tier, 'scoreRowX100');
  return weightX100 * tier;
}

/**
 * Scores a tiers-by-code map against index-aligned codes and weights. Absent codes score tier 0. An unknown
 * code or a tier outside 0..3 throws a RangeError: inputs must be validated before scoring.
 */
export function scoreRows(
  aspect: string,
  codes: readonly string[],
  weightsX100: Int32Array,
  index: ReadonlyMap<string, number>,
  tiersByCode: Readonly<Record<string, number>>,
): ScoredRows {
  for (const code of Object.keys(tiersByCode)) {
    if (!index.has(code)) throw new RangeError(`${aspect}: unknown code ${code}`);
  }
  let totalX100 = 0;
  const rows = codes.map((code, i) => {
    const tier = tiersByCode[code] ?? 0;
    assertTier(tier, `${aspect} ${code}`);
    const weightX100 = weightsX100[i] ?? 0;
    const scoreX100 = scoreRowX100(weightX100, tier);
    totalX100 += scoreX100;
    return { code, tier, weightX100, scoreX100 };
  });
  return { totalX100, rows };
}
