import { describe, expect, it } from 'vitest';
import { formatX100Input, parseX100Input, SCORE_INPUT as SCORE } from './x100-input.ts';

describe('parseX100Input', () => {
  it.each([
    ['0,75', 75],
    ['3', 300],
    ['-50,32', -5032],
    ['65,01', 6501],
    ['65.01', 6501],
    ['0,5', 50],
    [' 111 ', 11100],
    ['0,29', 29],
    ['64,01', 6401],
    ['999999999', 99_999_999_900],
    ['', null],
    ['1,234', null],
    ['1.000,5', null],
    ['abc', null],
    ['1e2', null],
    ['90,', null],
    ['1000000000', null],
  ])('parses %j as %j hundredths', (text, x100) => {
    expect(parseX100Input(text)).toBe(x100);
  });

  // A typed score: at most three whole digits (below, at and above the limit), no sign.
  it.each([
    ['90', 9000],
    ['90,5', 9050],
    ['90.50', 9050],
    ['0,05', 5],
    ['0', 0],
    ['99', 9900],
    ['999,99', 99_999],
    ['1000', null],
    ['90,505', null],
    ['-1', null],
  ])('as a score, %j is %j', (text, x100) => {
    expect(parseX100Input(text, SCORE)).toBe(x100);
  });
});

describe('formatX100Input', () => {
  it.each([
    [75, ',', '0,75'],
    [300, ',', '3'],
    [-5032, '.', '-50.32'],
    [50, ',', '0,5'],
    [6501, '.', '65.01'],
    [-5, ',', '-0,05'],
  ] as const)('shows %i as %j and reads it back', (x100, decimal, text) => {
    expect(formatX100Input(x100, decimal)).toBe(text);
    expect(parseX100Input(text)).toBe(x100);
  });

  it.each([
    [9050, ',', '90,50'],
    [5, '.', '0.05'],
    [300, ',', '3,00'],
    [0, '.', '0.00'],
  ] as const)('with fixed decimals shows %i as %j', (x100, decimal, text) => {
    expect(formatX100Input(x100, decimal, { fixed: true })).toBe(text);
  });

  it('round-trips a score', () => {
    for (const x of [0, 1, 99, 100, 6501, 11100]) {
      expect(parseX100Input(formatX100Input(x, ',', { fixed: true }), SCORE)).toBe(x);
    }
  });

  it('refuses a value that is not an integer number of hundredths', () => {
    expect(() => formatX100Input(0.5, ',')).toThrow(RangeError);
  });
});
