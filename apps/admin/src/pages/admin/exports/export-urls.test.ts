import { describe, expect, it } from 'vitest';
import { periodExportUrl, profilePdfUrl, snapshotZipUrl } from './export-urls';

describe('export urls', () => {
  it('points at the period downloads', () => {
    expect(periodExportUrl('p1', 'package.zip')).toBe('/exports/p1/package.zip');
    expect(periodExportUrl('p1', 'innovations.csv')).toBe('/exports/p1/innovations.csv');
  });

  it('escapes ids so they stay one path segment', () => {
    expect(periodExportUrl('a/b', 'innovations.xlsx')).toBe('/exports/a%2Fb/innovations.xlsx');
    expect(profilePdfUrl('i 1', 'p&2')).toBe('/exports/innovation/i%201/profile.pdf?periodId=p%262');
    expect(snapshotZipUrl('s/1')).toBe('/exports/snapshots/s%2F1/package.zip');
  });
});
