import { describe, expect, it } from 'vitest';
import { listDeadlinesAtRisk, type TDeadlineItem } from './deadline-risk';

const now = new Date('2026-06-10T08:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
const item = (id: string, state: string, deadline: Date | null): TDeadlineItem => ({
  submissionId: id,
  innovationName: `Inovasi ${id}`,
  unitName: 'Dinas Kesehatan',
  state,
  deadline,
});

describe('listDeadlinesAtRisk', () => {
  it.each([
    ['exactly 7 days left', 7 * 24, 'DUE_SOON', 7],
    ['one minute under 7 days', 7 * 24 - 1 / 60, 'DUE_SOON', 7],
    ['half a day left', 12, 'DUE_SOON', 1],
    ['due right now', 0, 'DUE_SOON', 0],
    ['half a day late', -12, 'OVERDUE', -1],
    ['three days late', -72, 'OVERDUE', -3],
  ])('%s -> %s', (_label, h, risk, daysLeft) => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', hours(h))], now)).toMatchObject([{ risk, daysLeft }]);
  });

  it('leaves out a deadline one minute more than 7 days away', () => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', hours(7 * 24 + 1 / 60))], now)).toEqual([]);
  });

  it('honours a custom window', () => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', hours(48))], now, { soonDays: 1 })).toEqual([]);
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', hours(24))], now, { soonDays: 1 })).toHaveLength(1);
  });

  it.each(['VERIFIED', 'READY_TO_SEND', 'SENT', 'REJECTED'])('ignores finished work in state %s', (state) => {
    expect(listDeadlinesAtRisk([item('a', state, hours(-24))], now)).toEqual([]);
  });

  it('ignores submissions without a deadline', () => {
    expect(listDeadlinesAtRisk([item('a', 'DRAFT', null)], now)).toEqual([]);
  });

  it('says whose move it is and sorts the most urgent first', () => {
    const rows = listDeadlinesAtRisk(
      [item('a', 'SUBMITTED', hours(30)), item('b', 'RETURNED', hours(-5)), item('c', 'IN_REVIEW', hours(2))],
      now,
    );
    expect(rows.map((r) => [r.submissionId, r.owner, r.risk])).toEqual([
      ['b', 'OPERATOR', 'OVERDUE'],
      ['c', 'VERIFIER', 'DUE_SOON'],
      ['a', 'VERIFIER', 'DUE_SOON'],
    ]);
  });
});
