import { describe, expect, it } from 'vitest';
import { listDeadlinesAtRisk, type TDeadlineItem } from './deadline-risk';

// 10 June 2026, 15:00 WIB (UTC+7); calendar days are counted in the region's time zone.
const now = new Date('2026-06-10T08:00:00Z');
const WIB = { timeZone: 'Asia/Jakarta' };
const at = (iso: string) => new Date(iso);
const item = (id: string, state: string, deadline: Date | null): TDeadlineItem => ({
  submissionId: id,
  innovationName: `Inovasi ${id}`,
  unitName: 'Dinas Kesehatan',
  state,
  deadline,
});

describe('listDeadlinesAtRisk', () => {
  it.each([
    ['7 days ahead (the window edge)', '2026-06-17T16:59:00Z', 'DUE_SOON', 7],
    ['6 days ahead', '2026-06-16T10:00:00Z', 'DUE_SOON', 6],
    ['later today', '2026-06-10T16:00:00Z', 'DUE_SOON', 0],
    ['earlier today (passed)', '2026-06-10T02:00:00Z', 'OVERDUE', 0],
    ['yesterday', '2026-06-09T10:00:00Z', 'OVERDUE', -1],
    ['three days ago', '2026-06-07T10:00:00Z', 'OVERDUE', -3],
  ])('%s -> %s, %i days', (_label, iso, risk, daysLeft) => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', at(iso))], now, WIB)).toMatchObject([{ risk, daysLeft }]);
  });

  it('leaves out a deadline 8 calendar days away (just after local midnight of day 8)', () => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', at('2026-06-17T17:01:00Z'))], now, WIB)).toEqual([]);
  });

  it('honours a custom window', () => {
    const in2Days = at('2026-06-12T05:00:00Z');
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', in2Days)], now, { ...WIB, soonDays: 1 })).toEqual([]);
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', in2Days)], now, { ...WIB, soonDays: 2 })).toHaveLength(1);
  });

  it.each(['VERIFIED', 'READY_TO_SEND', 'SENT', 'REJECTED'])('ignores finished work in state %s', (state) => {
    expect(listDeadlinesAtRisk([item('a', state, at('2026-06-01T00:00:00Z'))], now, WIB)).toEqual([]);
  });

  it('ignores submissions without a deadline', () => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', null)], now, WIB)).toEqual([]);
  });

  it("counts days in the region's zone: 23:30 WIB on the 17th is 00:30 WITA on the 18th, 8 days away there", () => {
    const lateOn17th = at('2026-06-17T16:30:00Z');
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', lateOn17th)], now, WIB)).toMatchObject([{ daysLeft: 7 }]);
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', lateOn17th)], now, { timeZone: 'Asia/Makassar' })).toEqual(
      [],
    );
  });

  it('says whose move it is and sorts the most urgent first', () => {
    const rows = listDeadlinesAtRisk(
      [
        item('a', 'SUBMITTED', at('2026-06-12T00:00:00Z')),
        item('b', 'RETURNED', at('2026-06-09T00:00:00Z')),
        item('c', 'IN_REVIEW', at('2026-06-10T12:00:00Z')),
      ],
      now,
      WIB,
    );
    expect(rows.map((r) => [r.submissionId, r.owner, r.risk])).toEqual([
      ['b', 'OPERATOR', 'OVERDUE'],
      ['c', 'VERIFIER', 'DUE_SOON'],
      ['a', 'VERIFIER', 'DUE_SOON'],
    ]);
  });
});
