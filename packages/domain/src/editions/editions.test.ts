import { describe, expect, it } from 'vitest';
import { listNeedsManualCheck, listUnconfirmed } from './list-unconfirmed.ts';
import { EDITIONS, getEdition, listEditions } from './registry.ts';
import { validateEditionPack } from './validate-edition-pack.ts';

const sum = (rows: readonly { weightX100: number }[]) => rows.reduce((acc, r) => acc + r.weightX100, 0);
const SPD_CODES = [
  '1',
  '2a',
  '2b',
  '3',
  '4',
  '5a',
  '5b',
  '6',
  '7',
  '8',
  '9',
  '10a',
  '10b',
  '11a',
  '11b',
  '12',
  '13a',
  '13b',
  '14',
  '15',
];
const SID_CODES = Array.from({ length: 20 }, (_, i) => String(16 + i));

describe.each(Object.values(EDITIONS))('built-in pack $code', (pack) => {
  it('passes its own schema', () => {
    const result = validateEditionPack(pack);
    expect(result.ok ? [] : result.error.issues).toEqual([]);
  });

  it('has the 20 SPD rows (weights 21, max 63) and 20 SID indicators (weights 37, max 111)', () => {
    expect(pack.spd.map((r) => r.code)).toEqual(SPD_CODES);
    expect(pack.sid.map((r) => r.code)).toEqual(SID_CODES);
    expect(sum(pack.spd)).toBe(2100);
    expect(3 * sum(pack.spd)).toBe(6300);
    expect(sum(pack.sid)).toBe(3700);
    expect(3 * sum(pack.sid)).toBe(11100);
  });

  it('reaches exactly 250 with the count score at its cap', () => {
    const c = pack.constants;
    expect(c.totalMax.value).toBe(250);
    expect(c.countWeightX100.value * c.countCap.value).toBe(7600);
    expect(3 * sum(pack.spd) + 3 * sum(pack.sid) + 7600).toBe(c.totalMax.value * 100);
  });

  it('marks 16, 17, 32, 33 and 35 as mandatory, and no other SID indicator', () => {
    expect(pack.sid.filter((i) => i.mandatory).map((i) => i.code)).toEqual(['16', '17', '32', '33', '35']);
  });

  it('lets only indicator 35 accept a link', () => {
    expect(pack.sid.filter((i) => i.evidence.allowsLink).map((i) => i.code)).toEqual(['35']);
  });
});

describe('IGA 2026', () => {
  const pack = EDITIONS['iga-2026'];

  it('has the 2026 constants in integer form', () => {
    const c = pack.constants;
    expect([c.minDivisor.value, c.countWeightX100.value, c.countCap.value, c.yandasMin.value]).toEqual([
      12, 38, 200, 5,
    ]);
    expect(c.predicateBands.value).toEqual({
      sangatInovatifX100: 6501,
      inovatifX100: 4001,
      kurangInovatifX100: 1,
    });
    expect(c.eligibilityWindow.value).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    expect([c.rancangBangunMinWords.value, c.maxSubmissions.value]).toEqual([300, 2]);
  });

  it('gives indicator 33 six bases a..f, each with three tiers and bands', () => {
    const bases = pack.sid.find((i) => i.code === '33')?.bases ?? [];
    expect(bases.map((b) => b.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const basis of bases) {
      expect(basis.options.map((o) => o.tier)).toEqual([1, 2, 3]);
      expect(basis.bands).toBeDefined();
    }
  });

  it('explains every SID indicator and takes its evidence from the technical guide [C7]', () => {
    for (const indicator of pack.sid) {
      expect(indicator.explanation, indicator.code).toMatch(/\S/);
      expect([indicator.evidence.source, indicator.evidence.confidence], indicator.code).toEqual([
        ['C7'],
        'SECONDARY',
      ]);
      expect(indicator.source.slice(0, 2), indicator.code).toEqual(['C1', 'C7']);
    }
  });

  it('keeps the three tiers of indicator 25 although [C7] lists two, and records the [C7] wording', () => {
    const sosialisasi = pack.sid.find((i) => i.code === '25');
    expect(sosialisasi?.options.map((o) => o.text)).toEqual([
      'Foto kegiatan yang berlatar belakang spanduk kegiatan inovasi',
      'Konten media sosial atau pemberitaan milik pemda',
      'Media berita bukan milik pemerintah daerah',
    ]);
    expect(sosialisasi?.note).toContain('(Bukan milik pemerintah daerah)');
  });

  it('accepts only PDF for the trend basis 33.f, as [C7] states', () => {
    const bases = pack.sid.find((i) => i.code === '33')?.bases ?? [];
    expect(bases.find((b) => b.code === 'f')?.evidence?.fileKinds).toEqual(['PDF']);
    expect(bases.find((b) => b.code === 'a')?.evidence?.fileKinds).toEqual(['PDF', 'JPEG', 'PNG']);
  });

  it('flags the SPD rows whose source bands overlap', () => {
    expect(listNeedsManualCheck(pack)).toEqual(['3', '4', '5a', '5b', '6', '7', '10b', '11a', '33.c']);
  });

  it('has only the submission limit and the evidence expectations the guide is silent on unconfirmed', () => {
    expect(listUnconfirmed(pack).map((u) => u.path.join('.'))).toEqual([
      'sid.1.expectations.namesInnovation',
      'sid.4.expectations.namesInnovation',
      'sid.6.expectations.namesInnovation',
      'sid.7.expectations.years.0',
      'sid.8.expectations.namesInnovation',
      'sid.12.expectations.namesInnovation',
      'sid.17.expectations.namesInnovation',
      'sid.18.expectations.namesInnovation',
      'constants.maxSubmissions',
    ]);
  });
});

describe('older editions', () => {
  it.each([
    ['iga-2024', 10, 6001, 3500],
    ['iga-2023', 10, 6001, 3500],
  ] as const)('%s: k=%i, bands %i / %i', (code, k, si, i) => {
    const c = EDITIONS[code].constants;
    expect(c.minDivisor.value).toBe(k);
    expect(c.predicateBands.value.sangatInovatifX100).toBe(si);
    expect(c.predicateBands.value.inovatifX100).toBe(i);
  });

  it('shows the 2024 divisor and count function as unconfirmed', () => {
    const paths = listUnconfirmed(EDITIONS['iga-2024']).map((u) => u.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'constants.minDivisor',
        'constants.countWeightX100',
        'constants.countCap',
        'constants.yandasMin',
        'spd.0',
        'sid.0.evidence',
      ]),
    );
    expect(paths).not.toContain('constants.predicateBands');
  });

  it('confirms the 2023 divisor but not its count function', () => {
    const paths = listUnconfirmed(EDITIONS['iga-2023']).map((u) => u.path.join('.'));
    expect(paths).not.toContain('constants.minDivisor');
    expect(paths).toContain('constants.countWeightX100');
    expect(paths).toContain('sid.19');
  });

  it('does not carry the 2026 explanations into the 2023/2024 packs', () => {
    for (const code of ['iga-2024', 'iga-2023'] as const) {
      expect(EDITIONS[code].sid.filter((i) => i.explanation !== undefined)).toEqual([]);
    }
  });

  it('uses the 2023/2024 Kemanfaatan satuan (no basis f)', () => {
    const bases = EDITIONS['iga-2024'].sid.find((i) => i.code === '33')?.bases ?? [];
    expect(bases.map((b) => b.code)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('registry', () => {
  it('finds editions by code and returns undefined for unknown codes', () => {
    expect(getEdition('iga-2026')?.assessmentYear).toBe(2026);
    expect(getEdition('iga-2025')).toBeUndefined();
    expect(getEdition('toString')).toBeUndefined();
  });

  it('freezes the built-in packs deeply', () => {
    const pack = EDITIONS['iga-2026'];
    expect(() => {
      (pack.sid[0] as { weightX100: number }).weightX100 = 1;
    }).toThrow(TypeError);
    expect(Object.isFrozen(pack.constants.predicateBands.value)).toBe(true);
    expect(structuredClone(pack)).toEqual(pack);
  });

  it('lists the newest edition first', () => {
    expect(listEditions().map((e) => e.code)).toEqual(['iga-2026', 'iga-2024', 'iga-2023']);
  });
});
