import { describe, expect, it } from 'vitest';
import { rankUnits, type TUnitTotals } from './ranking';

const unit = (
  unitId: string,
  n: number,
  verifiedCount: number,
  sumVerified: number,
  sumClaimed = sumVerified,
): TUnitTotals => ({
  unitId,
  name: unitId.toUpperCase(),
  innovationCount: n,
  verifiedCount,
  sumVerifiedX100: sumVerified,
  sumClaimedX100: sumClaimed,
});

describe('rankUnits', () => {
  it('ranks by mean verified maturity, exact and rounded half-up', () => {
    const rows = rankUnits([unit('a', 2, 2, 16001), unit('b', 1, 1, 9000)]);
    expect(rows.map((r) => [r.rank, r.unitId, r.averageVerifiedX100])).toEqual([
      [1, 'b', 9000],
      [2, 'a', 8001],
    ]);
  });

  it('rounds the mean half-up: 1/2 hundredth up, below it down', () => {
    expect(rankUnits([unit('a', 2, 2, 3)])[0]?.averageVerifiedX100).toBe(2);
    expect(rankUnits([unit('a', 3, 3, 4)])[0]?.averageVerifiedX100).toBe(1);
  });

  it('counts an unverified submission in the mean with 0, and keeps the claimed mean beside it', () => {
    const [row] = rankUnits([unit('a', 2, 1, 5000, 12000)]);
    expect(row).toMatchObject({ averageVerifiedX100: 2500, averageClaimedX100: 6000 });
  });

  it('leaves out units without submissions', () => {
    expect(rankUnits([unit('a', 0, 0, 0)])).toEqual([]);
  });

  it('gives equal units the same rank and skips the next (1, 1, 3)', () => {
    const rows = rankUnits([unit('c', 1, 1, 3000), unit('b', 1, 1, 6000), unit('a', 1, 1, 6000)]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('breaks a tie in the mean by the number of verified innovations', () => {
    const rows = rankUnits([unit('a', 1, 1, 4000), unit('b', 2, 2, 8000)]);
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
