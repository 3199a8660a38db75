import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './calendar-days.ts';
import { isRegionTimeZone, REGION_TIME_ZONES } from './region-time-zones.ts';

describe('REGION_TIME_ZONES', () => {
  it('lists WIB, WITA and WIT with their real UTC offsets, WIB (the default) first', () => {
    expect(REGION_TIME_ZONES.map((z) => z.abbreviation)).toEqual(['WIB', 'WITA', 'WIT']);
    expect(REGION_TIME_ZONES[0].zone).toBe(DEFAULT_TIME_ZONE);
    const noon = new Date('2026-06-15T12:00:00Z');
    for (const { zone, utcOffsetHours } of REGION_TIME_ZONES) {
      expect(isValidTimeZone(zone)).toBe(true);
      const hour = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: zone });
      expect(Number(hour.format(noon))).toBe(12 + utcOffsetHours);
    }
  });

  it.each([
    ['Asia/Jakarta', true],
    ['Asia/Makassar', true],
    ['Asia/Jayapura', true],
    ['Asia/Pontianak', false],
    ['asia/jakarta', false],
    ['Europe/Amsterdam', false],
    ['', false],
    [7, false],
    [null, false],
  ])('isRegionTimeZone(%j) is %s', (value, expected) => {
    expect(isRegionTimeZone(value)).toBe(expected);
  });
});
