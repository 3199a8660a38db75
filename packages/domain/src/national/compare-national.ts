import type { Predicate } from '../scoring/predicate.ts';
import { roundHalfUpDivide } from '../scoring/integer-math.ts';
import { NATIONAL_OVERESTIMATE_TOLERANCE } from './national-rules.ts';
import type { RuleProvenance } from '../carry-over/provenance.ts';

/** One sent innovation: its claimed (OPD), internal verified and national maturity, integer hundredths. */
export interface NationalComparisonItem {
  readonly id: string;
  readonly claimedX100: number;
  readonly verifiedX100: number;
  /** Null while the national result has not been recorded. */
  readonly nationalX100: number | null;
}

/** The region: the IID Inovda projected from the verified scores and the one BSKDN published. */
export interface NationalRegionInput {
  readonly projectedIidX100: number;
  readonly projectedPredicate: Predicate;
  readonly nationalIidX100: number | null;
  readonly nationalPredicate: Predicate | null;
}

export interface NationalComparisonInput {
  readonly items: readonly NationalComparisonItem[];
  readonly region?: NationalRegionInput;
  /** Over-estimation tolerance in hundredths; default `NATIONAL_OVERESTIMATE_TOLERANCE` (a Pemda choice). */
  readonly toleranceX100?: number;
}

export interface NationalComparisonRow extends NationalComparisonItem {
  /** national - verified: negative when the national team scored lower than the internal verification. */
  readonly nationalMinusVerifiedX100: number | null;
  /** national - claimed: how much of the OPD's claim survived. */
  readonly nationalMinusClaimedX100: number | null;
  /** verified - national > tolerance (strictly): the internal verification was too generous. */
  readonly overEstimated: boolean;
}

export interface NationalComparisonSummary {
  readonly itemCount: number;
  /** Items with a national result; the means are over these only. */
  readonly withNationalCount: number;
  /** Mean of national - verified (bias), hundredths rounded half away from zero; null without results. */
  readonly biasX100: number | null;
  /** Mean of |national - verified|, hundredths rounded half-up; null without results. */
  readonly meanAbsDiffX100: number | null;
  /** Mean of national - claimed, rounded like the bias; null without results. */
  readonly claimBiasX100: number | null;
  readonly overEstimatedCount: number;
  readonly toleranceX100: number;
  readonly toleranceRule: RuleProvenance;
}

export interface NationalRegionComparison extends NationalRegionInput {
  /** national - projected IID, hundredths; null until the national IID is recorded. */
  readonly iidDifferenceX100: number | null;
  /** Whether the published predicate equals the projected one; null until it is recorded. */
  readonly predicateMatched: boolean | null;
}

export interface NationalComparison {
  readonly rows: NationalComparisonRow[];
  readonly summary: NationalComparisonSummary;
  readonly region: NationalRegionComparison | null;
}

function assertX100(value: number, where: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${where}: expected non-negative integer hundredths, got ${String(value)}`);
}

/**
 * sum / count rounded to an integer, half away from zero, exactly: spreadsheet ROUND semantics, the same
 * half-up rule as the IID (`roundHalfUpDivide`) mirrored for negative sums (-0.005 -> -0.01).
 */
export function roundMeanX100(sum: number, count: number): number {
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(count) || count <= 0)
    throw new RangeError(`roundMeanX100: bad sum ${String(sum)} or count ${String(count)}`);
  const magnitude = roundHalfUpDivide(Math.abs(sum), count);
  return sum < 0 ? -magnitude : magnitude;
}

function compareRow(item: NationalComparisonItem, toleranceX100: number): NationalComparisonRow {
  assertX100(item.claimedX100, `item ${item.id} claimed`);
  assertX100(item.verifiedX100, `item ${item.id} verified`);
  if (item.nationalX100 === null)
    return { ...item, nationalMinusVerifiedX100: null, nationalMinusClaimedX100: null, overEstimated: false };
  assertX100(item.nationalX100, `item ${item.id} national`);
  const nationalMinusVerifiedX100 = item.nationalX100 - item.verifiedX100;
  return {
    ...item,
    nationalMinusVerifiedX100,
    nationalMinusClaimedX100: item.nationalX100 - item.claimedX100,
    overEstimated: -nationalMinusVerifiedX100 > toleranceX100,
  };
}

function compareRegion(region: NationalRegionInput): NationalRegionComparison {
  assertX100(region.projectedIidX100, 'projected IID');
  if (region.nationalIidX100 !== null) assertX100(region.nationalIidX100, 'national IID');
  return {
    ...region,
    iidDifferenceX100:
      region.nationalIidX100 === null ? null : region.nationalIidX100 - region.projectedIidX100,
    predicateMatched:
      region.nationalPredicate === null ? null : region.nationalPredicate === region.projectedPredicate,
  };
}

/**
 * The loop back from the national results: per sent innovation the claimed, internal verified and national
 * maturity (*kematangan*) with the deltas national - verified and national - claimed, and a summary of how the
 * internal verification compares with BSKDN's: bias (mean signed national - verified), mean absolute
 * difference, both over the innovations with a national result and rounded to hundredths exactly (no floats),
 * and how many the internal verification over-estimated by strictly more than the tolerance (a Pemda choice,
 * `NATIONAL_OVERESTIMATE_TOLERANCE`). With `region`, also projected vs national IID and whether the predicate
 * matched. All scores are non-negative integer hundredths; anything else is a caller bug (RangeError).
 */
export function compareNationalResults(input: NationalComparisonInput): NationalComparison {
  const toleranceX100 = input.toleranceX100 ?? NATIONAL_OVERESTIMATE_TOLERANCE.value;
  assertX100(toleranceX100, 'tolerance');
  const rows = input.items.map((item) => compareRow(item, toleranceX100));
  let count = 0;
  let sum = 0;
  let sumAbs = 0;
  let sumClaim = 0;
  let overEstimatedCount = 0;
  for (const row of rows) {
    if (row.nationalMinusVerifiedX100 === null || row.nationalMinusClaimedX100 === null) continue;
    count += 1;
    sum += row.nationalMinusVerifiedX100;
    sumAbs += Math.abs(row.nationalMinusVerifiedX100);
    sumClaim += row.nationalMinusClaimedX100;
    if (row.overEstimated) overEstimatedCount += 1;
  }
  const { value: _value, ...toleranceRule } = NATIONAL_OVERESTIMATE_TOLERANCE;
  return {
    rows,
    summary: {
      itemCount: rows.length,
      withNationalCount: count,
      biasX100: count === 0 ? null : roundMeanX100(sum, count),
      meanAbsDiffX100: count === 0 ? null : roundMeanX100(sumAbs, count),
      claimBiasX100: count === 0 ? null : roundMeanX100(sumClaim, count),
      overEstimatedCount,
      toleranceX100,
      toleranceRule:
        input.toleranceX100 === undefined || input.toleranceX100 === NATIONAL_OVERESTIMATE_TOLERANCE.value
          ? toleranceRule
          : { ...toleranceRule, note: 'Toleransi ditetapkan Pemda (bukan aturan BSKDN)' },
    },
    region: input.region ? compareRegion(input.region) : null,
  };
}
