import { roundHalfUpDivide } from '@inovda/domain';
/** One unit's submissions in the period, as `dashboard.summary` aggregates them (maturities in hundredths). */
export interface TUnitTotals {
  unitId: string;
  name: string;
  innovationCount: number;
  verifiedCount: number;
  sumVerifiedX100: number;
  sumClaimedX100: number;
}

export interface TUnitRank extends TUnitTotals {
  rank: number;
  /** Mean verified maturity over the unit's innovations, in hundredths, rounded half-up. */
  averageVerifiedX100: number;
  /** Mean claimed maturity, same rounding; the gap to the verified mean is the unit's verification risk. */
  averageClaimedX100: number;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * Ranks units by their mean verified maturity (an unverified innovation counts 0, as in the region's
 * projection), then by the number of verified innovations, then by name. Equal units share a rank (1, 1, 3).
 * Units without submissions are left out (the coverage panel lists them).
 */
export function rankUnits(units: readonly TUnitTotals[]): TUnitRank[] {
  const rows = units
    .filter((u) => u.innovationCount > 0)
    .map((u) => ({
      ...u,
      averageVerifiedX100: roundHalfUpDivide(u.sumVerifiedX100, u.innovationCount),
      averageClaimedX100: roundHalfUpDivide(u.sumClaimedX100, u.innovationCount),
    }))
    .sort(
      (a, b) =>
        b.averageVerifiedX100 - a.averageVerifiedX100 ||
        b.verifiedCount - a.verifiedCount ||
        collator.compare(a.name, b.name),
    );
  const ranked: TUnitRank[] = [];
  for (const [i, row] of rows.entries()) {
    const prev = ranked[i - 1];
    const tied =
      prev !== undefined &&
      prev.averageVerifiedX100 === row.averageVerifiedX100 &&
      prev.verifiedCount === row.verifiedCount;
    ranked.push({ ...row, rank: tied ? prev.rank : i + 1 });
  }
  return ranked;
}
