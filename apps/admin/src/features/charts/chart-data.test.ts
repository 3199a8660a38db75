import { describe, expect, it } from 'vitest';
import { shapeCoverageBars, shapeHistogram, shapePipeline } from './chart-data';

describe('shapePipeline', () => {
  it('lists every state in workflow order, zero-filled', () => {
    const data = shapePipeline({ SUBMITTED: 3, DRAFT: 2 }, (s) => s.toLowerCase());
    expect(data.map((d) => d.value)).toEqual([2, 3, 0, 0, 0, 0, 0, 0]);
    expect(data[0]).toEqual({ key: 'DRAFT', label: 'draft', value: 2 });
    expect(data.at(-1)?.key).toBe('REJECTED');
  });
});

describe('shapeHistogram', () => {
  it('makes 12 bins of 10 points up to 111, the last one 110-111', () => {
    const bins = shapeHistogram([]);
    expect(bins).toHaveLength(12);
    expect(bins.at(-1)).toMatchObject({ fromX100: 11000, toX100: 11100, label: '110–111' });
  });

  it.each([
    [0, '0'],
    [999, '0'],
    [1000, '1'],
    [1001, '1'],
    [10999, '10'],
    [11000, '11'],
    [11100, '11'],
  ])('puts %i hundredths in bin %s (lower bound inclusive)', (m, key) => {
    const bins = shapeHistogram([m]);
    expect(bins.find((b) => b.value === 1)?.key).toBe(key);
  });

  it('counts every value once', () => {
    const bins = shapeHistogram([0, 5000, 5050, 11100]);
    expect(bins.reduce((n, b) => n + b.value, 0)).toBe(4);
    expect(bins[5]?.value).toBe(2);
  });
});

describe('shapeCoverageBars', () => {
  it('splits each total into covered and uncovered', () => {
    const data = shapeCoverageBars({ OPD: { covered: 2, total: 3 } }, ['OPD', 'UPTD'], (k) => k);
    expect(data).toEqual([
      { key: 'OPD', label: 'OPD', covered: 2, uncovered: 1 },
      { key: 'UPTD', label: 'UPTD', covered: 0, uncovered: 0 },
    ]);
  });
});
