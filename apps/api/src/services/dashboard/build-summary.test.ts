import { getEdition } from '@inovda/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboardSummary, summaryValidUntil, type PeriodInfo } from './build-summary.ts';

const DAY = 86_400_000;
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
function clockFields(p: PeriodInfo, at: number) {
  const s = buildDashboardSummary(pack!, p, rows, new Date(at));
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
    expect(summaryValidUntil(p, new Date(now))).toBe(expected);
    expect(clockFields(p, expected - 1)).toEqual(clockFields(p, now));
    expect(clockFields(p, expected)).not.toEqual(clockFields(p, now));
  });

  it('never expires without deadlines', () => {
    expect(summaryValidUntil(period(null, null), new Date(deadline))).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds for any deadlines and clock: same fields until the boundary, other fields at it', () => {
    const time = fc.integer({ min: deadline - 40 * DAY, max: deadline + 40 * DAY });
    fc.assert(
      fc.property(
        fc.option(time),
        fc.option(time),
        time,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, n, now, f) => {
          const p = period(i, n);
          const until = summaryValidUntil(p, new Date(now));
          if (until === Number.POSITIVE_INFINITY) return;
          expect(until).toBeGreaterThan(now);
          const inside = now + Math.floor((until - 1 - now) * f);
          expect(clockFields(p, inside)).toEqual(clockFields(p, now));
          expect(clockFields(p, until - 1)).toEqual(clockFields(p, now));
          expect(clockFields(p, until)).not.toEqual(clockFields(p, now));
        },
      ),
      { numRuns: 500 },
    );
  });
});
