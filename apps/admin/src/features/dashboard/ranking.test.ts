import { describe, expect, it } from 'vitest';
import { rankUnits, type TRankingSubmission } from './ranking';

const sub = (unitId: string, state: string, claimed: number, verified: number): TRankingSubmission => ({
  unitId,
  unitName: unitId.toUpperCase(),
  state,
  claimedMaturityX100: claimed,
  verifiedMaturityX100: verified,
});

describe('rankUnits', () => {
  it('ranks by mean verified maturity, exact and rounded half-up', () => {
    const rows = rankUnits([
      sub('a', 'VERIFIED', 9000, 8000),
      sub('a', 'VERIFIED', 9000, 8001),
      sub('b', 'SENT', 10000, 9000),
    ]);
    expect(rows.map((r) => [r.rank, r.unitId, r.averageVerifiedX100])).toEqual([
      [1, 'b', 9000],
      [2, 'a', 8001],
    ]);
  });

  it('counts an unverified submission in the mean with 0 verified, but keeps its claim', () => {
    const [row] = rankUnits([sub('a', 'VERIFIED', 5000, 5000), sub('a', 'SUBMITTED', 7000, 7000)]);
    expect(row).toMatchObject({ innovationCount: 2, verifiedCount: 1, averageVerifiedX100: 2500 });
    expect(row?.totalClaimedX100).toBe(12000);
    expect(row?.bestVerifiedX100).toBe(5000);
  });

  it('leaves rejected submissions out', () => {
    expect(rankUnits([sub('a', 'REJECTED', 5000, 0)])).toEqual([]);
  });

  it('gives equal units the same rank and skips the next (1, 1, 3)', () => {
    const rows = rankUnits([
      sub('c', 'VERIFIED', 0, 3000),
      sub('b', 'VERIFIED', 0, 6000),
      sub('a', 'VERIFIED', 0, 6000),
    ]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('breaks a tie in the mean by the number of verified innovations', () => {
    const rows = rankUnits([
      sub('a', 'VERIFIED', 0, 4000),
      sub('b', 'VERIFIED', 0, 4000),
      sub('b', 'VERIFIED', 0, 4000),
    ]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
