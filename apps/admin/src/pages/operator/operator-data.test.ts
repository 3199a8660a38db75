import { describe, expect, it } from 'vitest';
import { flattenUnitOptions, pickWorkingPeriod } from './operator-data';

describe('pickWorkingPeriod', () => {
  it('prefers the newest open period, then a planned one, then the newest', () => {
    const p = (year: number, state: string) => ({ year, state });
    expect(pickWorkingPeriod([p(2025, 'CLOSED'), p(2026, 'OPEN'), p(2027, 'PLANNING')])).toEqual(
      p(2026, 'OPEN'),
    );
    expect(pickWorkingPeriod([p(2025, 'CLOSED'), p(2027, 'PLANNING')])).toEqual(p(2027, 'PLANNING'));
    expect(pickWorkingPeriod([p(2024, 'ARCHIVED'), p(2025, 'CLOSED')])).toEqual(p(2025, 'CLOSED'));
    expect(pickWorkingPeriod([])).toBeUndefined();
  });
});

describe('flattenUnitOptions', () => {
  it('lists parents before their children, indented', () => {
    const tree = [
      {
        id: 'dinkes',
        name: 'Dinas Kesehatan',
        short: 'Dinkes',
        children: [{ id: 'pkm', name: 'UPTD Puskesmas Kayen', short: 'Puskesmas Kayen', children: [] }],
      },
    ];
    expect(flattenUnitOptions(tree)).toEqual([
      { value: 'dinkes', label: 'Dinas Kesehatan' },
      { value: 'pkm', label: '\u00a0\u00a0UPTD Puskesmas Kayen' },
    ]);
  });
});
