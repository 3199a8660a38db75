import { describe, expect, it } from 'vitest';
import { daysUntil, formatBytes, formatDate, formatDaysRelative, formatScore, formatX100 } from './format';

describe('formatX100', () => {
  it.each([
    [6501, '65.01'],
    [6500, '65.00'],
    [5, '0.05'],
    [0, '0.00'],
    [11100, '111.00'],
    [-120, '-1.20'],
  ])('%i hundredths -> %s', (x100, text) => {
    expect(formatX100(x100)).toBe(text);
  });

  it('refuses a non-integer, which would mean a float leaked past the domain', () => {
    expect(() => formatX100(65.01)).toThrow(RangeError);
  });
});

describe('formatScore', () => {
  it('writes a decimal comma in Indonesian and a point in English', () => {
    expect(formatScore(6501, 'id')).toBe('65,01');
    expect(formatScore(6501, 'en')).toBe('65.01');
  });
});

describe('formatDate', () => {
  const date = new Date('2026-11-28T03:00:00Z');
  it('names the month in the UI language', () => {
    expect(formatDate(date, 'id')).toBe('28 November 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'id')).toBe('17 Agustus 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'en')).toBe('17 August 2026');
  });
  it("uses the region's day (WIB), not UTC's", () => {
    // 20:00 UTC on the 30th is already 03:00 on the 31st in Pati.
    expect(formatDate('2026-12-30T20:00:00Z', 'id')).toBe('31 Desember 2026');
  });
});

describe('daysUntil', () => {
  const now = new Date('2026-11-28T10:00:00+07:00');
  it.each([
    ['2026-11-28T23:59:00+07:00', 0],
    ['2026-11-29T00:01:00+07:00', 1],
    ['2026-11-27T23:59:00+07:00', -1],
    ['2026-12-05T08:00:00+07:00', 7],
  ])('%s is %i days away', (deadline, days) => {
    expect(daysUntil(deadline, now)).toBe(days);
  });
});

describe('formatDaysRelative', () => {
  it('says today, in N days and N days ago in both languages', () => {
    expect(formatDaysRelative(0, 'id')).toBe('hari ini');
    expect(formatDaysRelative(0, 'en')).toBe('today');
    expect(formatDaysRelative(3, 'en')).toBe('in 3 days');
    expect(formatDaysRelative(-2, 'en')).toBe('2 days ago');
    expect(formatDaysRelative(3, 'id')).toBe('dalam 3 hari');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '512 B'],
    [1536, 'en', '1.5 KB'],
    [1536, 'id', '1,5 KB'],
    [200 * 1024 * 1024, 'en', '200 MB'],
  ] as const)('%i bytes (%s) -> %s', (bytes, lng, text) => {
    expect(formatBytes(bytes, lng)).toBe(text);
  });
});
