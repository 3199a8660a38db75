import { deadlineStanding, getEdition } from '@inovda/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboardSummary, summaryValidUntil, type PeriodInfo } from './build-summary.ts';

const DAY = 86_400_000;
const WIB = 'Asia/Jakarta';
const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');
const rows = { units: [], groups: [], atRisk: [], spd: [] };

function period(internal: number | null, national: number | null): PeriodInfo {
  return {
    id: 'p',
    year: 2026,
    name: 'IID 2026',
    editionCode: 'iga-2026',
    internalDeadline: internal === null ? null : new Date(internal),
    nationalDeadline: national === null ? null : new Date(national),
  };
}

/** The clock-dependent part of a summary. */
function clockFields(p: PeriodInfo, at: number, zone = WIB) {
  const s = buildDashboardSummary(pack!, p, rows, new Date(at), zone);
  return [s.period.daysLeft, s.period.nationalDaysLeft, s.atRisk.deadlinePassed];
}

describe('summaryValidUntil', () => {
  const deadline = Date.UTC(2026, 11, 1, 17, 0, 0); // 2 Dec 2026, 00:00 WIB

  it.each([
    ['two days and a bit before', deadline - 2 * DAY - 5, deadline - 2 * DAY],
    ['exactly two days before', deadline - 2 * DAY, deadline - DAY],
    ['one millisecond before', deadline - 1, deadline],
    ['at the deadline', deadline, deadline + 1],
    ['just after the deadline', deadline + 1, deadline + DAY],
    ['three days after', deadline + 3 * DAY + 7, deadline + 4 * DAY],
  ])('%s', (_name, now, expected) => {
    const p = period(deadline, null);
    expect(summaryValidUntil(p, new Date(now), WIB)).toBe(expected);
    expect(clockFields(p, expected - 1)).toEqual(clockFields(p, now));
    expect(clockFields(p, expected)).not.toEqual(clockFields(p, now));
  });

  it('never expires without deadlines', () => {
    expect(summaryValidUntil(period(null, null), new Date(deadline), WIB)).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds for any deadlines, clock and zone: same fields until the boundary, other fields at it', () => {
    const time = fc.integer({ min: deadline - 40 * DAY, max: deadline + 40 * DAY });
    fc.assert(
      fc.property(
        fc.option(time),
        fc.option(time),
        time,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(WIB, 'Asia/Makassar', 'Asia/Jayapura'),
        (i, n, now, f, zone) => {
          const p = period(i, n);
          const until = summaryValidUntil(p, new Date(now), zone);
          if (until === Number.POSITIVE_INFINITY) return;
          expect(until).toBeGreaterThan(now);
          const inside = now + Math.floor((until - 1 - now) * f);
          const fields = clockFields(p, now, zone);
          expect(clockFields(p, inside, zone)).toEqual(fields);
          expect(clockFields(p, until - 1, zone)).toEqual(fields);
          expect(clockFields(p, until, zone)).not.toEqual(fields);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("days left: the dashboard counts as the reminders do (calendar days in the region's zone)", () => {
  const HOUR = 3_600_000;
  // 2 Dec 2026, 00:00 WIB; the deadline is that day at 23:00 WIB (00:00 the next day in WITA).
  const midnightWib = Date.UTC(2026, 11, 1, 17);
  const deadline = midnightWib + 23 * HOUR;

  it.each([
    ['the day before, 08:00 WIB (39 hours left: 1 calendar day)', 'Asia/Jakarta', midnightWib - 16 * HOUR, 1],
    ['the day before, 23:59 WIB', 'Asia/Jakarta', midnightWib - 60_000, 1],
    ['the deadline day, 00:30 WIB (22.5 hours left: today)', 'Asia/Jakarta', midnightWib + HOUR / 2, 0],
    [
      'the same instant in WIT: 02:30, the deadline is 01:00 tomorrow there',
      'Asia/Jayapura',
      midnightWib + HOUR / 2,
      1,
    ],
    ['23:30 WITA, the deadline is 00:00 tomorrow there', 'Asia/Makassar', deadline - HOUR / 2, 1],
  ])('%s', (_label, zone, now, days) => {
    const p = period(deadline, deadline);
    const summary = buildDashboardSummary(pack, p, rows, new Date(now), zone);
    const reminder = deadlineStanding(new Date(deadline), new Date(now), zone).daysLeft;
    expect(reminder).toBe(days);
    expect([summary.period.daysLeft, summary.period.nationalDaysLeft]).toEqual([reminder, reminder]);
  });
});
