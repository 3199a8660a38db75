import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { expectedTotalMaxX100 } from '../editions/total-max.ts';
import { maxMaturityX100 } from '../national/national-rules.ts';
import { roundHalfUpDivide } from './integer-math.ts';
import { scoreRowX100 } from './score-rows.ts';
import { maxSpdX100, scoreSpd } from './score-spd.ts';

describe('scoreRowX100', () => {
  it.each([
    [300, 0, 0],
    [300, 1, 300],
    [300, 3, 900],
    [125, 2, 250],
  ])('weight %i x tier %i = %i', (weightX100, tier, x100) => {
    expect(scoreRowX100(weightX100, tier)).toBe(x100);
  });

  it.each([-1, 4, 1.5])('refuses tier %s', (tier) => {
    expect(() => scoreRowX100(300, tier)).toThrow(RangeError);
  });
});

describe('maxSpdX100', () => {
  it('is every SPD row at tier 3: 63 points in IGA 2026', () => {
    expect(maxSpdX100(IGA_2026)).toBe(6300);
    expect(maxSpdX100(IGA_2026)).toBe(3 * IGA_2026.spd.reduce((sum, row) => sum + row.weightX100, 0));
    expect(scoreSpd(IGA_2026, {}).spdX100).toBe(0);
    expect(maxMaturityX100(IGA_2026)).toBe(11_100);
  });
});

describe('roundHalfUpDivide (a mean of hundredths, half up)', () => {
  it.each([
    [0, 3, 0],
    [4, 3, 1], // 1.333 -> 1
    [5, 3, 2], // 1.666 -> 2
    [3, 2, 2], // 1.5 (at the half) -> 2
    [1, 2, 1], // 0.5 -> 1
    [2, 4, 1], // 0.5 -> 1
    [1, 4, 0], // 0.25 -> 0
    [14_999, 2, 7500], // 7499.5 -> 7500
    [14_997, 2, 7499], // 7498.5 -> 7499
  ])('%i / %i = %i', (a, b, q) => {
    expect(roundHalfUpDivide(a, b)).toBe(q);
  });
});

describe('expectedTotalMaxX100', () => {
  const i16 = IGA_2026.sid.findIndex((i) => i.code === '16');
  const withWeight16 = (weightX100: number) => ({
    ...IGA_2026,
    sid: IGA_2026.sid.map((row, i) => (i === i16 ? { ...row, weightX100 } : row)),
  });
  it.each([
    [300, 25_000], // as published
    [299, 24_997],
    [301, 25_003],
    [400, 25_300],
  ])('indicator 16 weighing %i gives %i', (weightX100, total) => {
    expect(expectedTotalMaxX100(withWeight16(weightX100))).toBe(total);
  });

  it('is 3 x (SPD + SID weights) + the count weight x cap', () => {
    const c = IGA_2026.constants;
    expect(expectedTotalMaxX100(IGA_2026)).toBe(
      maxSpdX100(IGA_2026) + maxMaturityX100(IGA_2026) + c.countWeightX100.value * c.countCap.value,
    );
    expect(expectedTotalMaxX100(IGA_2026)).toBe(c.totalMax.value * 100);
  });
});
