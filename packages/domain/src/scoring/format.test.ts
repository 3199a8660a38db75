import { describe, expect, it } from 'vitest';
import { formatX100, x100ToNumber } from './format.ts';
import { formatRational, makeRational } from './rational.ts';

describe('formatting exact values', () => {
  it.each([
    [6501, '65.01'],
    [7600, '76.00'],
    [5, '0.05'],
    [0, '0.00'],
    [-50, '-0.50'],
    [1000000, '10000.00'],
  ])('formatX100(%i) = %s', (x, text) => {
    expect(formatX100(x)).toBe(text);
  });

  it.each([
    [6501, '65.01'],
    [75, '0.75'],
    [38, '0.38'],
    [16255, '162.55'],
  ])('x100ToNumber(%i) prints as %s in JSON', (x, text) => {
    expect(JSON.stringify(x100ToNumber(x))).toBe(text);
  });

  it.each([
    [160, 3, 2, '53.33'],
    [13001, 80, 2, '162.51'],
    [13001, 80, 4, '162.5125'],
    [1, 8, 2, '0.13'],
    [-1, 8, 2, '-0.13'],
    [2, 3, 0, '1'],
  ])('formatRational(%i/%i, %i) = %s (half away from zero)', (num, den, decimals, text) => {
    expect(formatRational(makeRational(num, den), decimals)).toBe(text);
  });

  it('reduces rationals and refuses a zero denominator', () => {
    expect(makeRational(640, -12)).toEqual({ num: -160, den: 3 });
    expect(() => makeRational(1, 0)).toThrow(RangeError);
    expect(() => formatX100(0.5)).toThrow(RangeError);
  });
});
