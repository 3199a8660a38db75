import { describe, expect, it } from 'vitest';
import { collectSubtree } from './scope.ts';

const units = [
  { id: 'opd', parentId: null },
  { id: 'uptd1', parentId: 'opd' },
  { id: 'uptd2', parentId: 'opd' },
  { id: 'school', parentId: 'uptd1' },
  { id: 'other', parentId: null },
];

describe('collectSubtree', () => {
  it('returns the unit and everything under it, and nothing else', () => {
    expect(collectSubtree(units, 'opd').sort()).toEqual(['opd', 'school', 'uptd1', 'uptd2']);
    expect(collectSubtree(units, 'uptd1').sort()).toEqual(['school', 'uptd1']);
    expect(collectSubtree(units, 'other')).toEqual(['other']);
  });

  it('returns nothing for an unknown unit and survives a cycle in bad data', () => {
    expect(collectSubtree(units, 'missing')).toEqual([]);
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(collectSubtree(cyclic, 'a').sort()).toEqual(['a', 'b']);
  });
});
