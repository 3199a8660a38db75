import { describe, expect, it } from 'vitest';
import { formatDecimalText, formatIntegerText, formatRupiah, formatX100Text } from './format-number.ts';
import { parseIdNumber } from './parse-id-number.ts';

describe('formatDecimalText', () => {
  it.each([
    ['1250000.5', 'id', 0, '1.250.000,5'],
    ['1250000.5', 'en', 0, '1,250,000.5'],
    ['-1250000', 'id', 2, '-1.250.000,00'],
    ['2012', 'id', 0, '2.012'],
    ['2.012', 'id', 0, '2,012'],
    ['999', 'id', 0, '999'],
    ['0.05', 'id', 2, '0,05'],
    ['5,91', 'id', 0, '5,91'],
    ['12.345', 'id', 2, '12,345'],
    ['n/a', 'id', 0, 'n/a'],
  ] as const)('%s (%s, min %i decimals) -> %s', (text, lng, digits, out) => {
    expect(formatDecimalText(text, lng, digits)).toBe(out);
  });

  it('round-trips through parseIdNumber for every shape it writes', () => {
    for (const text of ['0', '7', '2012', '1250000000', '1250000.5', '-12.5', '0.05']) {
      const parsed = parseIdNumber(formatDecimalText(text, 'id'));
      expect(parsed.ok && parsed.value.text).toBe(text);
    }
  });
});

describe('formatX100Text, formatIntegerText, formatRupiah', () => {
  it('writes hundredths with two decimals and grouping', () => {
    expect(formatX100Text(6501)).toBe('65,01');
    expect(formatX100Text(6501, 'en')).toBe('65.01');
    expect(formatX100Text(125000050)).toBe('1.250.000,50');
    expect(formatX100Text(-5)).toBe('-0,05');
  });
  it('groups whole numbers and rupiah', () => {
    expect(formatIntegerText(150000000)).toBe('150.000.000');
    expect(formatIntegerText(150000000n, 'en')).toBe('150,000,000');
    expect(formatRupiah(150000000)).toBe('Rp 150.000.000');
    expect(() => formatIntegerText(1.5)).toThrow(RangeError);
  });
});
