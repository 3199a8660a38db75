import { describe, expect, it } from 'vitest';
import { pickPeriod } from './pick-period';

const periods = [
  { id: 'p2024', year: 2024, state: 'CLOSED' },
  { id: 'p2027', year: 2027, state: 'PLANNING' },
  { id: 'p2026', year: 2026, state: 'OPEN' },
  { id: 'p2025', year: 2025, state: 'REVIEW' },
];

describe('pickPeriod', () => {
  it('takes the requested period when it exists', () => {
    expect(pickPeriod(periods, 'p2024')?.id).toBe('p2024');
  });

  it('otherwise the latest running (OPEN or REVIEW) period', () => {
    expect(pickPeriod(periods, null)?.id).toBe('p2026');
    expect(pickPeriod(periods, 'gone')?.id).toBe('p2026');
  });

  it('otherwise the latest period of any state', () => {
    expect(pickPeriod([periods[0]!, periods[1]!], null)?.id).toBe('p2027');
  });

  it('is undefined without periods', () => {
    expect(pickPeriod([], null)).toBeUndefined();
  });
});
