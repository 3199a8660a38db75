import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  formatBytes,
  formatDate,
  formatDateTime,
  formatDaysRelative,
  formatScore,
} from './format';

const WIB = 'Asia/Jakarta';

describe('formatScore', () => {
  it('writes a decimal comma in Indonesian and a point in English', () => {
    expect(formatScore(6501, 'id')).toBe('65,01');
    expect(formatScore(6501, 'en')).toBe('65.01');
  });
  it('groups thousands the way each language does', () => {
    expect(formatScore(125000050, 'id')).toBe('1.250.000,50');
    expect(formatScore(125000050, 'en')).toBe('1,250,000.50');
  });
});

describe('formatDate', () => {
  const date = new Date('2026-11-28T03:00:00Z');
  it('names the month in the UI language', () => {
    expect(formatDate(date, 'id', WIB)).toBe('28 November 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'id', WIB)).toBe('17 Agustus 2026');
    expect(formatDate(new Date('2026-08-17T03:00:00Z'), 'en', WIB)).toBe('17 August 2026');
  });
  it("uses the region's day (WIB), not UTC's", () => {
    // 20:00 UTC on the 30th is already 03:00 on the 31st in Pati.
    expect(formatDate('2026-12-30T20:00:00Z', 'id', WIB)).toBe('31 Desember 2026');
  });
  it("follows the region's zone: the demo deadline 23:59:59 WIB on 15 June is 16 June in WITA and WIT", () => {
    const deadline = new Date('2026-06-15T16:59:59Z');
    expect(formatDate(deadline, 'id', WIB)).toBe('15 Juni 2026');
    expect(formatDate(deadline, 'id', 'Asia/Makassar')).toBe('16 Juni 2026');
    expect(formatDate(deadline, 'en', 'Asia/Jayapura')).toBe('16 June 2026');
  });
});

describe('formatDateTime', () => {
  it('shows the clock time in the given zone', () => {
    const at = new Date('2026-06-15T06:05:00Z');
    expect(formatDateTime(at, 'en', WIB)).toMatch(/13:05$/);
    expect(formatDateTime(at, 'en', 'Asia/Makassar')).toMatch(/14:05$/);
    expect(formatDateTime(at, 'id', 'Asia/Jayapura')).toMatch(/15[.:]05$/);
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
    expect(daysUntil(deadline, now, WIB)).toBe(days);
  });
});

describe('daysUntil in another zone', () => {
  it('turns the day at local midnight: 23:30 WIB is already tomorrow in WITA', () => {
    const now = new Date('2026-11-28T10:00:00+07:00');
    expect(daysUntil('2026-11-28T23:30:00+07:00', now, WIB)).toBe(0);
    expect(daysUntil('2026-11-28T23:30:00+07:00', now, 'Asia/Makassar')).toBe(1);
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
