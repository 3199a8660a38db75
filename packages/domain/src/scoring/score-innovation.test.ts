import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../editions/registry.ts';
import { compileEdition } from './compile-edition.ts';
import { scoreInnovation, scoreMaturityX100 } from './score-innovation.ts';
import { scoreSpd, scoreSpdX100 } from './score-spd.ts';

const iga2026 = EDITIONS['iga-2026'];
const compiled = compileEdition(iga2026);
const sidCodes = compiled.sidCodes;
const allAt = (codes: readonly string[], tier: number) =>
  Object.fromEntries(codes.map((code) => [code, tier]));
const toMap = (codes: readonly string[], tiers: readonly number[]) =>
  Object.fromEntries(codes.map((code, j) => [code, tiers[j] ?? 0]));
const tierArray = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: length, maxLength: length });

describe('scoreInnovation', () => {
  it.each([
    [0, 0],
    [1, 3700],
    [2, 7400],
    [3, 11100],
  ])('every indicator at tier %i -> maturity %i hundredths', (tier, maturityX100) => {
    expect(scoreInnovation(iga2026, allAt(sidCodes, tier)).maturityX100).toBe(maturityX100);
  });

  it('treats missing codes as tier 0 and reports weight x tier per row', () => {
    const score = scoreInnovation(iga2026, { '16': 3, '35': 2 });
    expect(score.maturityX100).toBe(900 + 800);
    expect(score.rows.find((row) => row.code === '16')).toEqual({
      code: '16',
      tier: 3,
      weightX100: 300,
      scoreX100: 900,
    });
    expect(score.rows).toHaveLength(20);
  });

  it.each([
    [{ '36': 1 }, /unknown code 36/],
    [{ '16': 4 }, /tier must be 0..3/],
    [{ '16': 1.5 }, /tier must be 0..3/],
    [{ '16': -1 }, /tier must be 0..3/],
  ])('throws a RangeError for invalid input %o (a caller bug: validate first)', (tiers, message) => {
    expect(() => scoreInnovation(iga2026, tiers)).toThrow(message);
  });

  it('never lowers the maturity when a tier rises', () => {
    fc.assert(
      fc.property(tierArray(20), fc.nat(19), (tiers, i) => {
        const before = scoreInnovation(iga2026, toMap(sidCodes, tiers));
        const raised = tiers.map((t, j) => (j === i ? Math.min(3, t + 1) : t));
        const after = scoreInnovation(iga2026, toMap(sidCodes, raised));
        return after.maturityX100 >= before.maturityX100;
      }),
    );
  });

  it('agrees with the fast path, also at an offset', () => {
    fc.assert(
      fc.property(tierArray(20), (tiers) => {
        const slow = scoreInnovation(iga2026, toMap(sidCodes, tiers));
        const packed = Uint8Array.from([1, 2, 3, ...tiers]);
        return (
          scoreMaturityX100(compiled, tiers) === slow.maturityX100 &&
          scoreMaturityX100(compiled, packed, 3) === slow.maturityX100
        );
      }),
    );
  });
});

describe('scoreSpd', () => {
  it.each([
    [0, 0],
    [1, 2100],
    [3, 6300],
  ])('every row at tier %i -> SPD %i hundredths', (tier, spdX100) => {
    expect(scoreSpd(iga2026, allAt(compiled.spdCodes, tier)).spdX100).toBe(spdX100);
  });

  it('adds 0.75-weighted rows without float drift', () => {
    // 0.75 x 3 four times + 0.75 x 1 twice = 10.5, exactly
    const tiers = { '5a': 3, '5b': 3, '10a': 3, '10b': 3, '11a': 1, '11b': 1 };
    expect(scoreSpd(iga2026, tiers).spdX100).toBe(1050);
  });

  it('agrees with the fast path', () => {
    fc.assert(
      fc.property(tierArray(20), (tiers) => {
        const slow = scoreSpd(iga2026, toMap(compiled.spdCodes, tiers));
        return scoreSpdX100(compiled, tiers) === slow.spdX100;
      }),
    );
  });

  it('rejects a SID code in the SPD map', () => {
    expect(() => scoreSpd(iga2026, { '16': 1 })).toThrow(/SPD: unknown code 16/);
  });
});
