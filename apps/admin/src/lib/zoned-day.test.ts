import { describe, expect, it } from 'vitest';
import { calendarDayIn, endOfDayIn } from './zoned-day';

describe('endOfDayIn', () => {
  it.each([
    ['Asia/Jakarta', '2026-06-15T16:59:59.999Z'],
    ['Asia/Makassar', '2026-06-15T15:59:59.999Z'],
    ['Asia/Jayapura', '2026-06-15T14:59:59.999Z'],
  ])('ends 15 June at 23:59:59.999 local time in %s', (zone, iso) => {
    expect(endOfDayIn({ year: 2026, month: 5, day: 15 }, zone).toISOString()).toBe(iso);
  });
});

describe('calendarDayIn', () => {
  it('reads the day in the zone: 23:59:59 WIB on 15 June is 16 June in WITA', () => {
    const deadline = new Date('2026-06-15T16:59:59Z');
    expect(calendarDayIn(deadline, 'Asia/Jakarta')).toEqual({ year: 2026, month: 5, day: 15 });
    expect(calendarDayIn(deadline, 'Asia/Makassar')).toEqual({ year: 2026, month: 5, day: 16 });
  });

  it('round-trips with endOfDayIn in every Indonesian zone, across a year end', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const day = { year: 2026, month: 11, day: 31 };
      expect(calendarDayIn(endOfDayIn(day, zone), zone)).toEqual(day);
    }
  });
});
