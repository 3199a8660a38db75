import { describe, expect, it } from 'vitest';
import { calendarDaysUntil, nextLocalDayStart } from './calendar-days.ts';

const HOUR = 3_600_000;
// 2 Dec 2026, 00:00 WIB = 1 Dec 2026, 17:00 UTC.
const MIDNIGHT_WIB = Date.UTC(2026, 11, 1, 17);

describe('calendarDaysUntil', () => {
  // Deadline 2 Dec 2026, 23:00 WIB: the day count turns at local midnight, not 24 hours before the moment.
  const deadline = new Date(MIDNIGHT_WIB + 23 * HOUR);
  it.each([
    ['1 Dec 08:00 WIB (39 hours before)', MIDNIGHT_WIB - 16 * HOUR, 1],
    ['1 Dec 23:59:59.999 WIB', MIDNIGHT_WIB - 1, 1],
    ['2 Dec 00:00 WIB', MIDNIGHT_WIB, 0],
    ['2 Dec 22:59 WIB', deadline.getTime() - 60_000, 0],
    ['2 Dec 23:30 WIB, past the moment', deadline.getTime() + 30 * 60_000, 0],
    ['3 Dec 00:00 WIB', MIDNIGHT_WIB + 24 * HOUR, -1],
  ])('%s -> %i', (_label, now, days) => {
    expect(calendarDaysUntil(deadline, new Date(now), 'Asia/Jakarta')).toBe(days);
  });
});

describe('nextLocalDayStart', () => {
  it.each([
    ['one millisecond before midnight WIB', 'Asia/Jakarta', MIDNIGHT_WIB - 1, MIDNIGHT_WIB],
    ['at midnight WIB: the next one', 'Asia/Jakarta', MIDNIGHT_WIB, MIDNIGHT_WIB + 24 * HOUR],
    ['just after midnight WIB', 'Asia/Jakarta', MIDNIGHT_WIB + 1, MIDNIGHT_WIB + 24 * HOUR],
    ['WITA turns an hour earlier', 'Asia/Makassar', MIDNIGHT_WIB - 2 * HOUR, MIDNIGHT_WIB - HOUR],
    ['WIT two hours earlier', 'Asia/Jayapura', MIDNIGHT_WIB - 3 * HOUR, MIDNIGHT_WIB - 2 * HOUR],
    ['UTC', 'UTC', MIDNIGHT_WIB, Date.UTC(2026, 11, 2)],
  ])('%s', (_label, zone, now, expected) => {
    expect(nextLocalDayStart(new Date(now), zone)).toBe(expected);
  });

  it('is the first instant with another day count, in a zone with daylight saving too', () => {
    // Europe/Berlin springs forward on 29 Mar 2026: that day has 23 hours.
    for (const now of [
      Date.UTC(2026, 2, 28, 12),
      Date.UTC(2026, 2, 29, 0, 30),
      Date.UTC(2026, 9, 25, 0, 30),
    ]) {
      const turn = nextLocalDayStart(new Date(now), 'Europe/Berlin');
      const deadline = new Date(now + 10 * 24 * HOUR);
      const days = calendarDaysUntil(deadline, new Date(now), 'Europe/Berlin');
      expect(calendarDaysUntil(deadline, new Date(turn - 1), 'Europe/Berlin')).toBe(days);
      expect(calendarDaysUntil(deadline, new Date(turn), 'Europe/Berlin')).toBe(days - 1);
    }
  });
});
