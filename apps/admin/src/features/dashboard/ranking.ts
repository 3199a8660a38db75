/** One submission of the period, as the ranking needs it (maturity in exact hundredths). */
export interface TRankingSubmission {
  unitId: string;
  unitName: string;
  state: string;
  claimedMaturityX100: number;
  verifiedMaturityX100: number;
}

export interface TUnitRank {
  rank: number;
  unitId: string;
  unitName: string;
  innovationCount: number;
  verifiedCount: number;
  /** Mean verified maturity over the unit's innovations, in hundredths, rounded half-up. */
  averageVerifiedX100: number;
  bestVerifiedX100: number;
  totalClaimedX100: number;
  totalVerifiedX100: number;
}

/** Verified scores only exist from VERIFIED on; earlier states are counted but score 0 verified. */
const VERIFIED_STATES = new Set(['VERIFIED', 'READY_TO_SEND', 'SENT']);

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Integer division rounded half-up, for non-negative integers (stays exact, no float drift). */
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Ranks units by their mean verified maturity (what lifts the region's average), then by the number of
 * verified innovations, then by name. Equal scores share a rank (1, 1, 3). Rejected submissions are left out.
 */
export function rankUnits(submissions: readonly TRankingSubmission[]): TUnitRank[] {
  const byUnit = new Map<string, Omit<TUnitRank, 'rank' | 'averageVerifiedX100'>>();
  for (const s of submissions) {
    if (s.state === 'REJECTED') continue;
    const row = byUnit.get(s.unitId) ?? {
      unitId: s.unitId,
      unitName: s.unitName,
      innovationCount: 0,
      verifiedCount: 0,
      bestVerifiedX100: 0,
      totalClaimedX100: 0,
      totalVerifiedX100: 0,
    };
    const verified = VERIFIED_STATES.has(s.state) ? s.verifiedMaturityX100 : 0;
    row.innovationCount += 1;
    row.verifiedCount += VERIFIED_STATES.has(s.state) ? 1 : 0;
    row.bestVerifiedX100 = Math.max(row.bestVerifiedX100, verified);
    row.totalClaimedX100 += s.claimedMaturityX100;
    row.totalVerifiedX100 += verified;
    byUnit.set(s.unitId, row);
  }
  const rows = [...byUnit.values()]
    .map((r) => ({ ...r, averageVerifiedX100: divideHalfUp(r.totalVerifiedX100, r.innovationCount) }))
    .sort(
      (a, b) =>
        b.averageVerifiedX100 - a.averageVerifiedX100 ||
        b.verifiedCount - a.verifiedCount ||
        collator.compare(a.unitName, b.unitName),
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
