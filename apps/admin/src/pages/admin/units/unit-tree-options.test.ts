import { describe, expect, it } from 'vitest';
import { flattenUnits, toParentOptions, toTableTree, type TUnitNode } from './unit-tree-options';

const tree: TUnitNode[] = [
  {
    id: 'dinkes',
    name: 'Dinas Kesehatan',
    children: [
      { id: 'pkm-a', name: 'Puskesmas A', children: [{ id: 'pustu', name: 'Pustu', children: [] }] },
      { id: 'pkm-b', name: 'Puskesmas B', children: [] },
    ],
  },
  { id: 'disdik', name: 'Dinas Pendidikan', children: [] },
];

describe('toParentOptions', () => {
  it('removes the unit and its whole subtree', () => {
    const options = toParentOptions(tree, 'pkm-a');
    expect(JSON.stringify(options)).not.toContain('pkm-a');
    expect(JSON.stringify(options)).not.toContain('pustu');
    expect(options[0]?.children?.map((c) => c.value)).toEqual(['pkm-b']);
  });

  it('keeps everything for a new unit, without empty child lists', () => {
    const options = toParentOptions(tree);
    expect(options[1]).toEqual({ value: 'disdik', title: 'Dinas Pendidikan' });
  });
});

describe('flattenUnits', () => {
  it('lists every unit depth-first', () => {
    expect(flattenUnits(tree).map((u) => u.id)).toEqual(['dinkes', 'pkm-a', 'pustu', 'pkm-b', 'disdik']);
  });
});

describe('toTableTree', () => {
  it('drops empty children so leaves have no expand arrow', () => {
    const rows = toTableTree(tree);
    expect(rows[1]).not.toHaveProperty('children');
    expect(rows[0]?.children).toHaveLength(2);
  });
});
