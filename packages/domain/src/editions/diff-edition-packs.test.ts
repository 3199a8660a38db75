import { describe, expect, it } from 'vitest';
import { diffEditionPacks } from './diff-edition-packs.ts';
import { IGA_2026 } from './iga-2026.ts';
import type { TEditionPack } from './schema.ts';

const clone = () => JSON.parse(JSON.stringify(IGA_2026)) as TEditionPack;

describe('diffEditionPacks', () => {
  it('finds nothing between a pack and its copy', () => {
    expect(diffEditionPacks(IGA_2026, clone())).toEqual([]);
  });

  it('lists each changed leaf at its exact path, in pack order', () => {
    const pack = clone();
    pack.sid[0]!.weightX100 = 400;
    pack.sid[17]!.bases![0]!.options[2]!.text = 'Lebih dari 500 orang';
    pack.constants.minDivisor.value = 14;
    pack.sid[0]!.evidence.fileKinds = ['PDF', 'PNG'];
    delete pack.note;
    expect(diffEditionPacks(IGA_2026, pack)).toEqual([
      { path: ['sid', 0, 'weightX100'], before: 300, after: 400 },
      { path: ['sid', 0, 'evidence', 'fileKinds'], before: ['PDF'], after: ['PDF', 'PNG'] },
      {
        path: ['sid', 17, 'bases', 0, 'options', 2, 'text'],
        before: IGA_2026.sid[17]!.bases![0]!.options[2]!.text,
        after: 'Lebih dari 500 orang',
      },
      { path: ['constants', 'minDivisor', 'value'], before: 12, after: 14 },
      { path: ['note'], before: IGA_2026.note, after: undefined },
    ]);
  });

  it('reports an added or removed row as one change', () => {
    const pack = clone();
    const removed = pack.spd.pop();
    const changes = diffEditionPacks(IGA_2026, pack);
    expect(changes).toEqual([{ path: ['spd', IGA_2026.spd.length - 1], before: removed, after: undefined }]);
  });
});
