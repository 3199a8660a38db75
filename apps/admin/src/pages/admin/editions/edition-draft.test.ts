import {
  diffEditionPacks,
  expectedTotalMaxX100,
  getEdition,
  validateEditionPack,
  type TEditionPack,
} from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import {
  describeChange,
  getAt,
  issuesByPath,
  listRuleChanges,
  setAt,
  stampProvenance,
  suggestCloneCode,
} from './edition-draft';

const IGA_2026 = getEdition('iga-2026') as TEditionPack;
const i16 = IGA_2026.sid.findIndex((i) => i.code === '16');
const i33 = IGA_2026.sid.findIndex((i) => i.code === '33');

describe('setAt / getAt', () => {
  it('edits a frozen built-in pack by copying only the path', () => {
    expect(Object.isFrozen(IGA_2026.sid[i16])).toBe(true);
    const draft = setAt(IGA_2026, ['sid', i16, 'weightX100'], 400);
    expect(getAt(draft, ['sid', i16, 'weightX100'])).toBe(400);
    expect(IGA_2026.sid[i16]!.weightX100).toBe(300);
    // Untouched branches are shared, not copied.
    expect(draft.spd).toBe(IGA_2026.spd);
    expect(draft.sid[i33]).toBe(IGA_2026.sid[i33]);
  });

  it('removes a key when given undefined', () => {
    const draft = setAt(IGA_2026, ['note'], undefined);
    expect('note' in draft).toBe(false);
  });
});

describe('live validation', () => {
  it('puts the domain issue of a bad weight at that weight, in both languages', () => {
    const draft = setAt(IGA_2026, ['sid', 2, 'weightX100'], 0);
    const result = validateEditionPack(draft);
    const byPath = issuesByPath(result.ok ? [] : result.error.issues);
    expect(byPath.get('sid.2.weightX100')).toEqual([
      { id: 'Bobot harus positif', en: 'The weight must be positive' },
    ]);
  });

  it('knows the total maximum a weight change requires', () => {
    expect(expectedTotalMaxX100(IGA_2026)).toBe(25000);
    const draft = setAt(IGA_2026, ['sid', i16, 'weightX100'], 400);
    expect(expectedTotalMaxX100(draft)).toBe(25300);
    const fixed = setAt(draft, ['constants', 'totalMax', 'value'], 253);
    expect(validateEditionPack(fixed).ok).toBe(true);
  });
});

describe('stampProvenance', () => {
  const stamp = { source: 'Surat BSKDN 2027', confidence: 'CONFIRMED' as const, note: '' };

  it('re-sources the indicator, basis, evidence rule and constant that were edited, and nothing else', () => {
    let draft = setAt(IGA_2026, ['sid', i16, 'weightX100'], 400);
    draft = setAt(draft, ['sid', i33, 'bases', 0, 'bands', 'cutX100', 'tier3'], 30000);
    draft = setAt(draft, ['sid', 0 === i16 ? 1 : 0, 'evidence', 'fileKinds'], ['PDF', 'PNG']);
    draft = setAt(draft, ['constants', 'minDivisor', 'value'], 14);
    const stamped = stampProvenance(IGA_2026, draft, stamp);
    const other = 0 === i16 ? 1 : 0;
    expect(stamped.sid[i16]).toMatchObject({ source: ['Surat BSKDN 2027'], confidence: 'CONFIRMED' });
    // A blank note leaves the value's own provenance note in place.
    expect(stamped.sid[i16]!.note).toEqual(IGA_2026.sid[i16]!.note);
    expect(stamped.sid[i33]!.bases![0]).toMatchObject({
      source: ['Surat BSKDN 2027'],
      confidence: 'CONFIRMED',
    });
    // The indicator 33 itself was not edited, only its basis a.
    expect(stamped.sid[i33]!.source).toEqual(IGA_2026.sid[i33]!.source);
    expect(stamped.sid[other]!.evidence).toMatchObject({
      source: ['Surat BSKDN 2027'],
      confidence: 'CONFIRMED',
    });
    expect(stamped.sid[other]!.source).toEqual(IGA_2026.sid[other]!.source);
    expect(stamped.constants.minDivisor).toEqual({
      value: 14,
      source: ['Surat BSKDN 2027'],
      confidence: 'CONFIRMED',
      ...(IGA_2026.constants.minDivisor.note ? { note: IGA_2026.constants.minDivisor.note } : {}),
    });
    // The edition's own provenance describes the catalogue and stays.
    expect(stamped.source).toEqual(IGA_2026.source);
    expect(
      validateEditionPack({
        ...stamped,
        constants: { ...stamped.constants, totalMax: { ...stamped.constants.totalMax, value: 253 } },
      }).ok,
    ).toBe(true);
  });

  it('leaves an unedited pack as it is and ignores renames', () => {
    expect(stampProvenance(IGA_2026, IGA_2026, stamp)).toBe(IGA_2026);
    const renamed = setAt(IGA_2026, ['name'], 'Pati 2027');
    expect(listRuleChanges(IGA_2026, renamed)).toEqual([]);
  });

  it('writes the change note where the value carries one', () => {
    const draft = setAt(IGA_2026, ['constants', 'yandasMin', 'value'], 6);
    const stamped = stampProvenance(IGA_2026, draft, { ...stamp, note: '6 dari 6 mulai 2027' });
    expect(stamped.constants.yandasMin.note).toBe('6 dari 6 mulai 2027');
  });
});

describe('stampProvenance keeps what the admin did not restate', () => {
  it("keeps each value's confidence and note when none is given (never stamps everything CONFIRMED)", () => {
    const draft = setAt(IGA_2026, ['constants', 'yandasMin', 'value'], 6);
    const stamped = stampProvenance(IGA_2026, draft, {
      source: 'Surat Bapperida',
      confidence: null,
      note: '',
    });
    expect(stamped.constants.yandasMin.source).toEqual(['Surat Bapperida']);
    expect(stamped.constants.yandasMin.confidence).toBe(IGA_2026.constants.yandasMin.confidence);
    expect(stamped.constants.yandasMin.note).toBe(IGA_2026.constants.yandasMin.note);
  });
});

describe('describeChange', () => {
  const label = (pack: TEditionPack, path: (string | number)[]) => {
    const change = diffEditionPacks(IGA_2026, pack).find((c) => c.path.join('.') === path.join('.'));
    if (!change) throw new Error(`no change at ${path.join('.')}`);
    return describeChange(pack, change);
  };

  it('names the indicator and the field of a weight change, shown as a decimal', () => {
    const pack = setAt(IGA_2026, ['sid', i16, 'weightX100'], 400);
    expect(label(pack, ['sid', i16, 'weightX100'])).toEqual({
      item: 'SID 16 · Regulasi Inovasi Daerah',
      fieldKey: 'weight',
      params: {},
      format: 'X100',
    });
  });

  it('names a basis option text with its tier, a band cut, a file list and a constant', () => {
    let pack = setAt(IGA_2026, ['sid', i33, 'bases', 0, 'options', 2, 'text'], 'Lebih dari 300 orang');
    pack = setAt(pack, ['sid', i33, 'bases', 0, 'bands', 'cutX100', 'tier3'], 30000);
    pack = setAt(pack, ['spd', 0, 'options', 1, 'text'], 'Visi Inovasi');
    pack = setAt(pack, ['sid', i16, 'evidence', 'fileKinds'], ['PDF', 'JPEG']);
    pack = setAt(pack, ['constants', 'predicateBands', 'value', 'inovatifX100'], 4501);
    const basisText = label(pack, ['sid', i33, 'bases', 0, 'options', 2, 'text']);
    expect(basisText.item).toMatch(/^SID 33 · .* · basis a$/);
    expect(basisText).toMatchObject({
      fieldKey: 'optionText',
      params: { tier: 3 },
      format: 'TEXT',
    });
    expect(label(pack, ['sid', i33, 'bases', 0, 'bands', 'cutX100', 'tier3'])).toMatchObject({
      fieldKey: 'bandCut',
      params: { tier: '3' },
      format: 'X100',
    });
    expect(label(pack, ['spd', 0, 'options', 1, 'text'])).toMatchObject({
      item: 'SPD 1 · Visi dan Misi',
      fieldKey: 'optionText',
      params: { tier: 2 },
    });
    expect(label(pack, ['sid', i16, 'evidence', 'fileKinds'])).toMatchObject({
      fieldKey: 'fileKinds',
      format: 'LIST',
    });
    expect(label(pack, ['constants', 'predicateBands', 'value', 'inovatifX100'])).toEqual({
      item: '',
      fieldKey: 'constants.predicateBands.inovatifX100',
      params: {},
      format: 'X100',
    });
  });
});

describe('suggestCloneCode', () => {
  it('proposes a code for next year, numbered while taken', () => {
    expect(suggestCloneCode('iga-2026', new Set(), 2027)).toBe('pemda-2027');
    expect(suggestCloneCode('pati-2027', new Set(['pati-2028']), 2028)).toBe('pati-2028-2');
    expect(suggestCloneCode('pati-2027', new Set())).toBe('pati-2027-salinan');
  });
});
