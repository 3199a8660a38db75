import { describe, expect, it } from 'vitest';
import { IGA_2026 } from './iga-2026.ts';
import { type TEditionPack } from './schema.ts';
import { validateEditionPack } from './validate-edition-pack.ts';

/** A deep copy of IGA 2026 to break on purpose (as a Pemda would clone and edit it). */
function clone(): TEditionPack {
  return JSON.parse(JSON.stringify(IGA_2026)) as TEditionPack;
}

function issuePaths(input: unknown): string[] {
  const result = validateEditionPack(input);
  if (result.ok) return [];
  expect(result.error.code).toBe('EDITION.INVALID');
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('validateEditionPack', () => {
  it('accepts a custom clone with an edited weight when the total maximum is kept consistent', () => {
    const pack = clone();
    pack.code = 'pati-2026-simulasi';
    pack.sid[0]!.weightX100 = 400; // 16: 3 -> 4, the maximum rises by 3 points
    pack.constants.totalMax.value = 253;
    expect(validateEditionPack(pack).ok).toBe(true);
  });

  it.each<[string, (pack: TEditionPack) => void, string]>([
    [
      'a weight that is not a multiple of 0.01',
      (p) => void (p.sid[3]!.weightX100 = 0.75),
      'sid.3.weightX100',
    ],
    ['a zero weight', (p) => void (p.spd[5]!.weightX100 = 0), 'spd.5.weightX100'],
    ['a duplicate tier', (p) => void (p.sid[0]!.options[2]!.tier = 1), 'sid.0.options.2.tier'],
    [
      'a tier outside 1..3',
      (p) => void ((p.sid[0]!.options[2] as { tier: number }).tier = 4),
      'sid.0.options.2.tier',
    ],
    ['two options only', (p) => void p.spd[0]!.options.pop(), 'spd.0.options'],
    ['a duplicate SID code', (p) => void (p.sid[1]!.code = '16'), 'sid.1.code'],
    ['an SPD code reused by SID', (p) => void (p.sid[0]!.code = '15'), 'sid.0.code'],
    ['mis-ordered bands', (p) => void (p.spd[3]!.bands!.cutX100.tier3 = -6000), 'spd.3.bands.cutX100.tier3'],
    [
      'mis-ordered lower-is-better bands',
      (p) => void (p.spd[6]!.bands!.cutX100.tier3 = 700),
      'spd.6.bands.cutX100.tier3',
    ],
    [
      'a tier-1 cut above tier 2',
      (p) => void (p.spd[16]!.bands!.cutX100.tier1 = 500),
      'spd.16.bands.cutX100.tier2',
    ],
    ['bands without derivation', (p) => void delete p.spd[3]!.derivation, 'spd.3.derivation'],
    [
      'mis-ordered basis bands',
      (p) => void (p.sid[17]!.bases![0]!.bands!.cutX100.tier2 = 60000),
      'sid.17.bases.0.bands.cutX100.tier3',
    ],
    ['a duplicate basis', (p) => void (p.sid[17]!.bases![1]!.code = 'a'), 'sid.17.bases.1.code'],
    ['an empty explanation', (p) => void (p.sid[2]!.explanation = ''), 'sid.2.explanation'],
    [
      'an empty basis explanation',
      (p) => void (p.sid[17]!.bases![5]!.explanation = ''),
      'sid.17.bases.5.explanation',
    ],
    [
      'a repeated file kind',
      (p) => void p.sid[19]!.evidence.fileKinds.push('MP4'),
      'sid.19.evidence.fileKinds.3',
    ],
    [
      'predicate bands not descending',
      (p) => void (p.constants.predicateBands.value.inovatifX100 = 7000),
      'constants.predicateBands.value.sangatInovatifX100',
    ],
    [
      'a zero Kurang Inovatif bound',
      (p) => void (p.constants.predicateBands.value.kurangInovatifX100 = 0),
      'constants.predicateBands.value.kurangInovatifX100',
    ],
    [
      'an inconsistent total maximum',
      (p) => void (p.constants.totalMax.value = 200),
      'constants.totalMax.value',
    ],
    ['a yandas minimum above 6', (p) => void (p.constants.yandasMin.value = 7), 'constants.yandasMin.value'],
    [
      'a non-existent date',
      (p) => void (p.constants.eligibilityWindow.value.to = '2025-02-30'),
      'constants.eligibilityWindow.value.to',
    ],
    [
      'a reversed window',
      (p) => void (p.constants.eligibilityWindow.value.from = '2026-01-01'),
      'constants.eligibilityWindow.value.to',
    ],
    [
      'an unknown confidence',
      (p) => void ((p.sid[2] as { confidence: string }).confidence = 'MAYBE'),
      'sid.2.confidence',
    ],
    ['no source', (p) => void (p.sid[2]!.source = []), 'sid.2.source'],
    [
      'an unknown file kind',
      (p) => void ((p.sid[2]!.evidence.fileKinds as string[])[0] = 'DOCX'),
      'sid.2.evidence.fileKinds.0',
    ],
  ])('rejects %s at its exact path', (_label, breakIt, path) => {
    const pack = clone();
    breakIt(pack);
    expect(issuePaths(pack)).toContain(path);
  });

  it.each<[string, (pack: TEditionPack) => void, string, { id: string; en: string }]>([
    [
      'a fractional weight (fixed schema text)',
      (p) => void (p.sid[3]!.weightX100 = 0.75),
      'sid.3.weightX100',
      {
        id: 'Bobot disimpan dalam perseratus (bilangan bulat): 0,75 -> 75',
        en: 'Weights are kept in hundredths (whole numbers): 0.75 -> 75',
      },
    ],
    [
      'mis-ordered bands (cross-field check)',
      (p) => void (p.sid[17]!.bases![0]!.bands!.cutX100.tier3 = 100),
      'sid.17.bases.0.bands.cutX100.tier3',
      {
        id: 'Batas tingkat 3 harus lebih besar dari tingkat 2',
        en: 'The tier 3 cut must be greater than the tier 2 cut',
      },
    ],
    [
      'an inconsistent total (cross-field check with a value)',
      (p) => void (p.constants.totalMax.value = 200),
      'constants.totalMax.value',
      {
        id: 'Skor total maksimum harus sama dengan SPD + SID + jumlah inovasi maksimum (250)',
        en: 'The maximum total score must equal the SPD + SID + innovation-count maxima (250)',
      },
    ],
    [
      'a missing option text (zod, missing value)',
      (p) => void delete (p.sid[0]!.options[1] as { text?: string }).text,
      'sid.0.options.1.text',
      { id: 'Wajib diisi', en: 'Required' },
    ],
    [
      'an empty option text (zod, too small)',
      (p) => void (p.sid[0]!.options[1]!.text = ''),
      'sid.0.options.1.text',
      { id: 'Tidak boleh kosong', en: 'Cannot be empty' },
    ],
    [
      'a weight given as text (zod, wrong type)',
      (p) => void ((p.sid[0] as { weightX100: unknown }).weightX100 = '3'),
      'sid.0.weightX100',
      { id: 'Harus berupa angka', en: 'Must be a number' },
    ],
    [
      'a negative divisor (zod, too small)',
      (p) => void (p.constants.minDivisor.value = 0),
      'constants.minDivisor.value',
      { id: 'k minimal 1', en: 'k is at least 1' },
    ],
  ])('says what is wrong with %s in Indonesian and English', (_label, breakIt, path, messages) => {
    const pack = clone();
    breakIt(pack);
    const result = validateEditionPack(pack);
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.error.issues.find((i) => i.path.join('.') === path);
    expect(issue?.messages).toEqual(messages);
    expect(issue?.message).toBe(messages.id);
  });

  it('rejects something that is not a pack without throwing', () => {
    expect(issuePaths(null)).toEqual(['']);
    expect(issuePaths({ code: 'x' })).toEqual(expect.arrayContaining(['name', 'spd', 'sid', 'constants']));
  });
});
