import { describe, expect, it } from 'vitest';
import { calendarDaysUntil, isValidTimeZone } from './calendar-days.ts';
import { deadlineStanding } from './reminder-milestone.ts';

// 15 June 2026 23:59 WIB, as the demo period's internal deadline.
const DEADLINE = new Date('2026-06-15T16:59:00Z');
const wib = (local: string) => new Date(`${local}+07:00`);

describe('deadlineStanding (WIB)', () => {
  it.each([
    ['2026-06-01T09:00', null, 14],
    ['2026-06-07T23:59', null, 8], // just before D-7
    ['2026-06-08T00:00', 'D7', 7], // at D-7: local midnight
    ['2026-06-09T12:00', 'D7', 6],
    ['2026-06-11T23:59', 'D7', 4], // just before D-3
    ['2026-06-12T00:00', 'D3', 3], // at D-3
    ['2026-06-13T23:59', 'D3', 2], // just before D-1
    ['2026-06-14T00:00', 'D1', 1], // at D-1
    ['2026-06-15T08:00', 'D1', 0], // the deadline's own day, before the moment
    ['2026-06-15T23:59', 'D1', 0], // the moment itself is not late yet
    ['2026-06-15T23:59:01', 'OVERDUE', 0], // just after
    ['2026-06-16T00:00', 'OVERDUE', -1],
    ['2026-07-20T10:00', 'OVERDUE', -35],
  ] as const)('at %s WIB: %s, %i days left', (local, milestone, daysLeft) => {
    expect(deadlineStanding(DEADLINE, wib(local), 'Asia/Jakarta')).toEqual({ milestone, daysLeft });
  });

  it('counts days in WIB, not UTC: 00:30 WIB on 12 June is D-3 while the UTC date is still the 11th', () => {
    const now = new Date('2026-06-11T17:30:00Z');
    expect(calendarDaysUntil(DEADLINE, now, 'Asia/Jakarta')).toBe(3);
    expect(calendarDaysUntil(DEADLINE, now, 'UTC')).toBe(4);
    expect(deadlineStanding(DEADLINE, now).milestone).toBe('D3');
  });

  it('uses the region zone: a WIT region (UTC+9) is a day further from the same moment late in the evening', () => {
    const deadline = new Date('2026-06-15T16:30:00Z'); // 23:30 WIB on the 15th, 01:30 WIT on the 16th
    const now = new Date('2026-06-14T14:00:00Z'); // 21:00 WIB, 23:00 WIT on the 14th
    expect(calendarDaysUntil(deadline, now, 'Asia/Jakarta')).toBe(1);
    expect(calendarDaysUntil(deadline, now, 'Asia/Jayapura')).toBe(2);
    expect(deadlineStanding(deadline, now, 'Asia/Jayapura').milestone).toBe('D3');
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Asia/Jakarta', true],
    ['Asia/Makassar', true],
    ['Asia/Jayapura', true],
    ['WIB', false],
    ['', false],
  ])('%s -> %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
