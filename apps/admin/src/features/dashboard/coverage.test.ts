import { describe, expect, it } from 'vitest';
import { sortCoverage, summarizeCoverage, type TCoverageUnit } from './coverage';

const units: TCoverageUnit[] = [
  { id: 'dinkes', name: 'Dinas Kesehatan', kind: 'OPD', parentId: null, innovationCount: 3 },
  { id: 'pkm-cluwak', name: 'Puskesmas Cluwak', kind: 'PUSKESMAS', parentId: 'dinkes', innovationCount: 0 },
  { id: 'arpusda', name: 'Dinas Arsip dan Perpustakaan', kind: 'OPD', parentId: null, innovationCount: 0 },
  { id: 'pkm-kayen', name: 'Puskesmas Kayen', kind: 'PUSKESMAS', parentId: 'dinkes', innovationCount: 1 },
  { id: 'bappeda', name: 'Bapperida', kind: 'OPD', parentId: null, innovationCount: 1 },
];

describe('sortCoverage', () => {
  it('puts units without an innovation first, OPD before UPTD, then by name', () => {
    expect(sortCoverage(units).map((r) => r.id)).toEqual([
      'arpusda',
      'pkm-cluwak',
      'bappeda',
      'dinkes',
      'pkm-kayen',
    ]);
  });

  it('marks level, coverage and the parent name', () => {
    const row = sortCoverage(units).find((r) => r.id === 'pkm-cluwak');
    expect(row).toMatchObject({ level: 'UPTD', covered: false, parentName: 'Dinas Kesehatan' });
  });

  it('counts exactly one innovation as covered (the at-least-one rule)', () => {
    const rows = sortCoverage([{ id: 'a', name: 'A', kind: 'OPD', parentId: null, innovationCount: 1 }]);
    expect(rows[0]?.covered).toBe(true);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(units);
    sortCoverage(units);
    expect(units).toEqual(copy);
  });
});

describe('summarizeCoverage', () => {
  it('tallies covered and total per level and overall', () => {
    expect(summarizeCoverage(units)).toEqual({
      OPD: { covered: 2, total: 3 },
      UPTD: { covered: 1, total: 2 },
      ALL: { covered: 3, total: 5 },
    });
  });

  it('is all zero for no units', () => {
    expect(summarizeCoverage([]).ALL).toEqual({ covered: 0, total: 0 });
  });
});
