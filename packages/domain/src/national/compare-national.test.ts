import { describe, expect, it } from 'vitest';
import { IGA_2023 } from '../editions/iga-2023.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { compareNationalResults, roundMeanX100, type NationalComparisonItem } from './compare-national.ts';
import { maxMaturityX100, NATIONAL_OVERESTIMATE_TOLERANCE } from './national-rules.ts';

const item = (
  id: string,
  claimedX100: number,
  verifiedX100: number,
  nationalX100: number | null,
): NationalComparisonItem => ({ id, claimedX100, verifiedX100, nationalX100 });

describe('compareNationalResults: over-estimation tolerance (default 5.00, strictly above)', () => {
  it.each([
    ['national far below verified', 9000, 8400, true],
    ['just above the tolerance (5.01)', 9000, 8499, true],
    ['at the tolerance (5.00)', 9000, 8500, false],
    ['just below the tolerance (4.99)', 9000, 8501, false],
    ['national equal', 9000, 9000, false],
    ['national above verified', 9000, 10000, false],
  ])('%s', (_label, verified, national, over) => {
    const result = compareNationalResults({ items: [item('a', 10900, verified, national)] });
    expect(result.rows[0]?.overEstimated).toBe(over);
    expect(result.summary.overEstimatedCount).toBe(over ? 1 : 0);
  });

  it.each([
    [0, 8999, true],
    [0, 9000, false],
    [100, 8900, false],
    [100, 8899, true],
  ])('a Pemda tolerance of %i hundredths: national %i vs verified 90.00 -> %s', (tol, national, over) => {
    const result = compareNationalResults({ items: [item('a', 9000, 9000, national)], toleranceX100: tol });
    expect(result.rows[0]?.overEstimated).toBe(over);
    expect(result.summary.toleranceX100).toBe(tol);
  });

  it('marks the tolerance as a Pemda choice, not a BSKDN rule', () => {
    const { summary } = compareNationalResults({ items: [] });
    expect(summary.toleranceX100).toBe(NATIONAL_OVERESTIMATE_TOLERANCE.value);
    expect(summary.toleranceRule.source).toEqual(['Pemda']);
    expect(summary.toleranceRule.confidence).toBe('UNCONFIRMED');
    expect(summary.toleranceRule.note).toMatch(/Pemda/);
  });
});

describe('compareNationalResults: deltas and summary', () => {
  it('computes the deltas per innovation and skips those without a national result', () => {
    const result = compareNationalResults({
      items: [item('a', 10900, 8000, 5900), item('b', 7000, 6500, 7000), item('c', 5000, 5000, null)],
    });
    expect(result.rows.map((r) => [r.nationalMinusVerifiedX100, r.nationalMinusClaimedX100])).toEqual([
      [-2100, -5000],
      [500, 0],
      [null, null],
    ]);
    expect(result.summary).toMatchObject({
      itemCount: 3,
      withNationalCount: 2,
      biasX100: -800, // (-2100 + 500) / 2
      meanAbsDiffX100: 1300, // (2100 + 500) / 2
      claimBiasX100: -2500,
      overEstimatedCount: 1,
    });
  });

  it('returns nulls and zero counts for empty input', () => {
    const result = compareNationalResults({ items: [] });
    expect(result.rows).toEqual([]);
    expect(result.summary).toMatchObject({
      itemCount: 0,
      withNationalCount: 0,
      biasX100: null,
      meanAbsDiffX100: null,
      claimBiasX100: null,
      overEstimatedCount: 0,
    });
    expect(result.region).toBeNull();
  });

  it('returns nulls when no innovation has a national result yet', () => {
    const { summary } = compareNationalResults({ items: [item('a', 100, 100, null)] });
    expect([summary.withNationalCount, summary.biasX100, summary.meanAbsDiffX100]).toEqual([0, null, null]);
  });

  it.each([
    // diffs (hundredths), expected bias, expected mean |diff|
    [[1, 0], 1, 1], // 0.005 -> 0.01 (half-up)
    [[-1, 0], -1, 1], // -0.005 -> -0.01 (half away from zero, like ROUND)
    [[1, 0, 0], 0, 0], // 0.00333 -> 0.00
    [[2, 0, 0], 1, 1], // 0.00667 -> 0.01
    [[-2, 0, 0], -1, 1],
    [[1, -2], -1, 2], // -0.005 -> -0.01; |.| mean 0.015 -> 0.02
    [[3, -1, 0, 0], 1, 1], // 0.005 -> 0.01
    [[-3, 1, 0, 0], -1, 1],
  ])('diffs %j -> bias %i, mean abs %i (exact .005 rounding)', (diffs, bias, meanAbs) => {
    const items = diffs.map((d, i) => item(String(i), 5000, 5000, 5000 + d));
    const { summary } = compareNationalResults({ items });
    expect([summary.biasX100, summary.meanAbsDiffX100]).toEqual([bias, meanAbs]);
  });

  it('stays exact where binary floating point would drift (0.75- and 0.38-style weights)', () => {
    // Three diffs of 0.07, 0.07, 0.01 sum to 0.15, mean 0.05 exactly (float: 0.15000000000000002 / 3).
    const items = [7, 7, 1].map((d, i) => item(String(i), 0, 0, d));
    expect(compareNationalResults({ items }).summary.biasX100).toBe(5);
  });

  it('rejects negative or fractional scores as a caller bug', () => {
    expect(() => compareNationalResults({ items: [item('a', 0, 0, -1)] })).toThrow(RangeError);
    expect(() => compareNationalResults({ items: [item('a', 0, 10.5, 1)] })).toThrow(RangeError);
    expect(() => compareNationalResults({ items: [], toleranceX100: -1 })).toThrow(RangeError);
  });
});

describe('compareNationalResults: the region', () => {
  it('compares the projected IID and predicate with the national ones', () => {
    const { region } = compareNationalResults({
      items: [],
      region: {
        projectedIidX100: 6501,
        projectedPredicate: 'SANGAT_INOVATIF',
        nationalIidX100: 5800,
        nationalPredicate: 'INOVATIF',
      },
    });
    expect(region).toMatchObject({ iidDifferenceX100: -701, predicateMatched: false });
  });

  it('says "not yet known" until the national IID is recorded', () => {
    const { region } = compareNationalResults({
      items: [],
      region: {
        projectedIidX100: 5800,
        projectedPredicate: 'INOVATIF',
        nationalIidX100: null,
        nationalPredicate: null,
      },
    });
    expect(region).toMatchObject({ iidDifferenceX100: null, predicateMatched: null });
  });

  it('matches equal predicates', () => {
    const { region } = compareNationalResults({
      items: [],
      region: {
        projectedIidX100: 5800,
        projectedPredicate: 'INOVATIF',
        nationalIidX100: 6000,
        nationalPredicate: 'INOVATIF',
      },
    });
    expect(region?.predicateMatched).toBe(true);
    expect(region?.iidDifferenceX100).toBe(200);
  });
});

describe('roundMeanX100 and maxMaturityX100', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 2, 2],
    [0, 3, 0],
  ])('round(%i / %i) = %i', (sum, count, expected) => {
    expect(roundMeanX100(sum, count)).toBe(expected);
  });

  it('refuses a zero count', () => {
    expect(() => roundMeanX100(1, 0)).toThrow(RangeError);
  });

  it('is 111 points in IGA 2026 and IGA 2023', () => {
    expect(maxMaturityX100(IGA_2026)).toBe(11100);
    expect(maxMaturityX100(IGA_2023)).toBe(11100);
  });
});
