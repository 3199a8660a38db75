import { describe, expect, it } from 'vitest';
import { roundToHundredths, parseDecimal } from './decimal.ts';
import { deriveKemanfaatanTier, deriveSpdTier, type SpdRawFigures } from './derive-spd-tier.ts';
import { IGA_2026 } from './iga-2026.ts';

const tierOf = (code: string, raw: SpdRawFigures) => {
  const result = deriveSpdTier(IGA_2026, code, raw);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('deriveSpdTier at, below and above every cut-point', () => {
  // Percent change rows: T-2 = 10000, so T-1 = 10000 + 100 x (percent).
  it.each([
    ['3', 4966, -5034, 1],
    ['3', 4967, -5033, 2],
    ['3', 4968, -5032, 2],
    ['3', 4967.5, -5033, 2],
    ['3', 10816, 816, 2],
    ['3', 10817, 817, 3],
    ['3', 10818, 818, 3],
    ['4', 10204, 204, 1],
    ['4', 10205, 205, 2],
    ['4', 10522, 522, 2],
    ['4', 10523, 523, 3],
    ['4', 10524, 524, 3],
    ['6', 5256, -4744, 1],
    ['6', 5257, -4743, 2],
    ['6', 19475, 9475, 2],
    ['6', 19476, 9476, 3],
    ['7', 9484, -516, 1],
    ['7', 9485, -515, 2],
    ['7', 13384, 3384, 2],
    ['7', 13385, 3385, 3],
  ])('row %s: T-1 %s against T-2 10000 -> %i hundredths -> tier %i', (code, t1, valueX100, tier) => {
    expect(tierOf(code, { t1, t2: 10000 })).toEqual({ valueX100, tier });
  });

  it.each([
    ['5a', '5.01', '5.00', -1, 1],
    ['5a', '5.00', '5.00', 0, 1],
    ['5a', '4.99', '5.00', 1, 2],
    ['5a', '4.65', '5.00', 35, 2],
    ['5a', '4.64', '5.00', 36, 3],
    ['5a', '4.63', '5.00', 37, 3],
    ['10a', '9.93', '10', 7, 1],
    ['10a', '9.92', '10', 8, 2],
    ['10a', '8.85', '10', 115, 2],
    ['10a', '8.84', '10', 116, 3],
    ['11a', '70.55', '70', 55, 1],
    ['11a', '70.56', '70', 56, 2],
    ['11a', '70.89', '70', 89, 2],
    ['11a', '70,90', '70', 90, 3],
  ])('row %s: T-1 %s, T-2 %s -> %i hundredths -> tier %i', (code, t1, t2, valueX100, tier) => {
    expect(tierOf(code, { t1, t2 })).toEqual({ valueX100, tier });
  });

  it.each([
    ['5b', 2.34, 3],
    ['5b', 2.35, 3],
    ['5b', 2.36, 2],
    ['5b', 5.91, 2],
    ['5b', 5.92, 2],
    ['5b', 5.93, 1],
    ['10b', 4.81, 3],
    ['10b', 4.82, 3],
    ['10b', 4.83, 2],
    ['10b', 13.11, 2],
    ['10b', 13.12, 1],
    ['11b', 69.99, 1],
    ['11b', 70, 2],
    ['11b', 70.01, 2],
    ['11b', 79.99, 2],
    ['11b', 80, 3],
    ['11b', 80.01, 3],
    ['2b', 1, 0],
    ['2b', 2, 1],
    ['2b', 3, 2],
    ['2b', 4, 3],
    ['2b', 5, 3],
    ['13a', 0, 0],
    ['13a', 1, 1],
    ['13a', 3, 1],
    ['13a', 4, 2],
    ['13a', 7, 2],
    ['13a', 8, 3],
  ])('row %s: level %s -> tier %i', (code, value, tier) => {
    expect(tierOf(code, { value }).tier).toBe(tier);
  });

  it.each([
    ['99', { value: 1 }, 'SPD.UNKNOWN_ROW'],
    ['8', { value: 1 }, 'SPD.NOT_NUMERIC'],
    ['3', { t2: 100 }, 'SPD.RAW_MISSING'],
    ['3', { t1: '1.000.000', t2: 100 }, 'SPD.RAW_INVALID'],
    ['3', { t1: Number.NaN, t2: 100 }, 'SPD.RAW_INVALID'],
    ['3', { t1: 100, t2: 0 }, 'SPD.DIVISION_BY_ZERO'],
    ['5b', { t1: 1 }, 'SPD.RAW_MISSING'],
  ] as const)('row %s with %o fails with %s', (code, raw, errorCode) => {
    const result = deriveSpdTier(IGA_2026, code, raw);
    expect(result.ok ? undefined : result.error.code).toBe(errorCode);
  });
});

describe('deriveKemanfaatanTier', () => {
  it.each([
    ['a', 0, 0],
    ['a', 1, 1],
    ['a', 200, 1],
    ['a', 201, 2],
    ['a', 500, 2],
    ['a', 501, 3],
    ['b', 4.99, 0],
    ['b', 5, 1],
    ['b', 20, 1],
    ['b', 20.01, 2],
    ['b', 50, 2],
    ['b', 50.01, 3],
    ['d', 9.99, 1],
    ['d', 10, 2],
    ['d', 19.99, 2],
    ['d', 20, 3],
    ['f', 0, 0],
    ['f', 1, 1],
    ['f', 2, 2],
    ['f', 3, 3],
  ])('basis %s, value %s -> tier %i', (basis, value, tier) => {
    const result = deriveKemanfaatanTier(IGA_2026, basis, value);
    expect(result.ok && result.value.tier).toBe(tier);
  });

  it('rejects an unknown basis', () => {
    const result = deriveKemanfaatanTier(IGA_2026, 'z', 1);
    expect(result.ok ? undefined : result.error.code).toBe('SID.UNKNOWN_BASIS');
  });
});

describe('exact decimals', () => {
  it.each([
    ['2.345', 235n],
    ['-2.345', -235n],
    ['2.344', 234n],
    ['0.005', 1n],
    ['-0.005', -1n],
    ['1e-3', 0n],
    ['1.5e2', 15000n],
  ])('%s rounds half away from zero to %s hundredths', (text, expected) => {
    expect(roundToHundredths(parseDecimal(text)!)).toBe(expected);
  });

  it('reads 0.1 as exactly one tenth', () => {
    expect(parseDecimal(0.1)).toEqual({ num: 1n, den: 10n });
  });
});
