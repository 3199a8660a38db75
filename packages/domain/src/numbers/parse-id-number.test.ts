import { describe, expect, it } from 'vitest';
import { parseIdNumber } from './parse-id-number.ts';

const read = (input: string, options?: Parameters<typeof parseIdNumber>[1]) => {
  const result = parseIdNumber(input, options);
  return result.ok ? result.value.text : result.error.code;
};

describe('parseIdNumber: what Indonesians type', () => {
  it.each([
    // A dot groups thousands, a comma marks decimals.
    ['2.012', '2012'],
    ['1.250.000.000', '1250000000'],
    ['1.250.000,50', '1250000.5'],
    ['2,012', '2.012'],
    ['12,5', '12.5'],
    ['0,05', '0.05'],
    ['150000000', '150000000'],
    ['007', '7'],
    ['5,910', '5.91'],
    ['1.000,00', '1000'],
    // Currency, spaces and signs as people write them.
    ['Rp 1.250.000', '1250000'],
    ['Rp1.250.000,00', '1250000'],
    ['rp. 15.000.000', '15000000'],
    ['  2.012  ', '2012'],
    ['1 250 000', '1250000'],
    ['1\u00a0250\u00a0000,5', '1250000.5'],
    ['-12,5', '-12.5'],
    ['\u221212,5', '-12.5'],
    ['+3', '3'],
    ['-0', '0'],
  ])('%j -> %s', (input, text) => {
    expect(read(input)).toBe(text);
  });
});

describe('parseIdNumber: refused, with a reason', () => {
  it.each([
    ['', 'NUMBER.EMPTY'],
    ['   ', 'NUMBER.EMPTY'],
    ['Rp', 'NUMBER.EMPTY'],
    ['-', 'NUMBER.DASH'],
    ['\u2013', 'NUMBER.DASH'],
    ['1e3', 'NUMBER.INVALID'],
    ['abc', 'NUMBER.INVALID'],
    ['12%', 'NUMBER.INVALID'],
    ['1,2,3,4', 'NUMBER.INVALID'],
    [',5', 'NUMBER.INVALID'],
    ['5,', 'NUMBER.INVALID'],
    ['--5', 'NUMBER.INVALID'],
    // A point that cannot be a thousands separator, or English grouping: two readings, so neither is guessed.
    ['5.91', 'NUMBER.AMBIGUOUS'],
    ['0.5', 'NUMBER.AMBIGUOUS'],
    ['1.2345', 'NUMBER.AMBIGUOUS'],
    ['1,250,000', 'NUMBER.AMBIGUOUS'],
    ['1,250,000.50', 'NUMBER.AMBIGUOUS'],
    ['1,250.5', 'NUMBER.AMBIGUOUS'],
    // Dots that do not group by three.
    ['1.25.000', 'NUMBER.GROUPING'],
    ['12.50.000,5', 'NUMBER.GROUPING'],
    ['1 25 000', 'NUMBER.GROUPING'],
  ])('%j -> %s', (input, code) => {
    expect(read(input)).toBe(code);
  });

  it('suggests the Indonesian writing of an ambiguous number', () => {
    const point = parseIdNumber('5.91');
    expect(!point.ok && point.error.params).toEqual({ value: '5.91', suggestion: '5,91' });
    const english = parseIdNumber('1,250,000.50');
    expect(!english.ok && english.error.params).toEqual({
      value: '1,250,000.50',
      suggestion: '1.250.000,50',
    });
  });
});

describe('parseIdNumber options', () => {
  it('refuses decimals beyond the field’s precision, ignoring trailing zeros', () => {
    expect(read('1.250.000,50', { maxDecimals: 0 })).toBe('NUMBER.NOT_WHOLE');
    expect(read('Rp 15.000.000,00', { maxDecimals: 0 })).toBe('15000000');
    expect(read('12,345', { maxDecimals: 2 })).toBe('NUMBER.TOO_MANY_DECIMALS');
    expect(read('12,340', { maxDecimals: 2 })).toBe('12.34');
  });
  it('refuses a negative number where none makes sense', () => {
    expect(read('-5', { allowNegative: false })).toBe('NUMBER.NEGATIVE');
    expect(read('0', { allowNegative: false })).toBe('0');
  });
  it('gives the exact rational beside the canonical text', () => {
    const result = parseIdNumber('1.250.000,50');
    expect(result.ok && result.value.value).toEqual({ num: 12500005n, den: 10n });
  });
});

describe('parseIdNumber in English writing (lng "en")', () => {
  it.each([
    ['1,250,000.50', '1250000.5'],
    ['2,012', '2012'],
    ['12.5', '12.5'],
    ['Rp 1,250,000', '1250000'],
    ['5,91', 'NUMBER.AMBIGUOUS'],
    ['1.250.000', 'NUMBER.AMBIGUOUS'],
  ])('%j -> %s', (input, out) => {
    expect(read(input, { lng: 'en' })).toBe(out);
  });
  it('suggests the English writing', () => {
    const result = parseIdNumber('5,91', { lng: 'en' });
    expect(!result.ok && result.error.params.suggestion).toBe('5.91');
  });
});
