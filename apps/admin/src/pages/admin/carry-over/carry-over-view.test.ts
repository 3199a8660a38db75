import { describe, expect, it } from 'vitest';
import {
  describeReason,
  isCarryable,
  listSourcePeriods,
  listTargetPeriods,
  pickDefaultPair,
  summarizeSelection,
  type TCarryItemLite,
} from './carry-over-view';

const period = (year: number, state: string) => ({ id: `p${year}`, year, name: `IID ${year}`, state });
const PERIODS = [
  period(2024, 'ARCHIVED'),
  period(2025, 'CLOSED'),
  period(2026, 'OPEN'),
  period(2027, 'PLANNING'),
  period(2023, 'REVIEW'),
];

describe('periods', () => {
  it('offers closed and archived years as sources, newest first', () => {
    expect(listSourcePeriods(PERIODS).map((p) => p.year)).toEqual([2025, 2024]);
  });

  it.each([
    [2025, [2026, 2027]],
    [2026, [2027]],
    [2027, []],
    [undefined, []],
  ])('offers planned and open years after %s as targets', (sourceYear, years) => {
    expect(listTargetPeriods(PERIODS, sourceYear).map((p) => p.year)).toEqual(years);
  });

  it('picks the newest closed year and the nearest later one', () => {
    expect(pickDefaultPair(PERIODS)).toEqual({ sourceId: 'p2025', targetId: 'p2026' });
    expect(pickDefaultPair([period(2026, 'OPEN')])).toEqual({ sourceId: undefined, targetId: undefined });
  });
});

const item = (
  id: string,
  verdict: string,
  targetSubmissionId: string | null = null,
  note = false,
): TCarryItemLite => ({
  innovationId: id,
  targetSubmissionId,
  decision: { verdict, code: 'CARRY.IN_WINDOW', params: {}, developmentNoteRequired: note },
});

describe('rows', () => {
  it.each([
    ['ELIGIBLE', null, true],
    ['DEVELOPMENT_REQUIRED', null, true],
    ['INELIGIBLE', null, false],
    ['ELIGIBLE', 'already-there', false],
  ])('%s (in target: %s) carryable -> %s', (verdict, target, expected) => {
    expect(isCarryable(item('a', verdict, target))).toBe(expected);
  });

  it('counts only what can go and what will need a note', () => {
    const items = [
      item('a', 'ELIGIBLE'),
      item('b', 'DEVELOPMENT_REQUIRED', null, true),
      item('c', 'INELIGIBLE'),
      item('d', 'ELIGIBLE'),
    ];
    expect(summarizeSelection(items, ['a', 'b', 'c'])).toEqual({ count: 2, needNote: 1, ids: ['a', 'b'] });
  });

  it('words the reason in the chosen language', () => {
    const decision = {
      code: 'CARRY.PENERAPAN_AFTER_WINDOW',
      params: { date: '2026-03-01', from: '2024-01-01', to: '2025-12-31' },
    };
    expect(describeReason(decision, 'id')).toBe(
      'Penerapan 2026-03-01 sesudah jendela kelayakan 2024-01-01 s.d. 2025-12-31: belum dapat diajukan pada periode ini.',
    );
    expect(describeReason(decision, 'en')).toContain(
      'is after the eligibility window 2024-01-01 to 2025-12-31',
    );
  });
});
