import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { assessEvidence } from './assess-evidence.ts';
import * as D from './test-documents.ts';
import type { EvidenceDocumentInput } from './types.ts';

type Tier = 1 | 2 | 3;
const basisA = { basis: 'a' };

/** Per assessed indicator: documents that support exactly tier 1, 2 and 3. */
const SUPPORT: Record<string, { docs: (t: Tier) => EvidenceDocumentInput[]; options?: { basis: string } }> = {
  '16': { docs: (t) => [[D.skBupati()], [D.perbup()], [D.perda(), D.perbup()]][t - 1] ?? [] },
  '17': { docs: (t) => [D.team('SK', [10, 30, 31][t - 1] ?? 0)] },
  '18': { docs: (t) => [2026, 2025, 2024].slice(0, t).map((y) => D.dpa(y)) },
  '20': { docs: (t) => D.bimtek(t) },
  '21': { docs: (t) => [2025, 2024, 2026].slice(0, t).map((y) => D.rkpd(y)) },
  '22': { docs: (t) => [D.actors([3, 4, 5][t - 1] ?? 0)] },
  '23': {
    docs: (t) =>
      [[D.report('LAPORAN KEGIATAN INOVASI', 'DINAS KESEHATAN')], [D.team('ST', 5)], [D.skBupati()]][t - 1] ??
      [],
  },
  '24': { docs: (t) => [D.jejaring([2, 4, 5][t - 1] ?? 0)] },
  '28': { docs: (t) => [D.sop(['7 hari kerja', '5 (lima) hari', '1 (satu) hari'][t - 1] ?? '')] },
  '31': { docs: (t) => D.regions(['Rembang', 'Kudus', 'Blora'].slice(0, t)) },
  '33': { docs: (t) => [D.beneficiaries([200, 500, 501][t - 1] ?? 0)], options: basisA },
  '34': {
    docs: (t) =>
      [
        [D.report('LAPORAN MONITORING DAN EVALUASI', 'DINAS KESEHATAN')],
        [D.report('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', 'DINAS KESEHATAN')],
        [D.report('LAPORAN AKHIR KAJIAN', 'LEMBAGA PENELITIAN UNIVERSITAS MURIA KUDUS')],
      ][t - 1] ?? [],
  },
};

const TABLE = Object.keys(SUPPORT).flatMap((code) =>
  ([1, 2, 3] as const).flatMap((tier) => ([1, 2, 3] as const).map((claimed) => ({ code, tier, claimed }))),
);

describe('assessEvidence per indicator and tier (claim at, below and above what the documents support)', () => {
  it.each(TABLE)('$code: documents of tier $tier, claim $claimed', ({ code, tier, claimed }) => {
    const { docs, options } = SUPPORT[code] ?? { docs: () => [] };
    const result = assessEvidence(IGA_2026, code, claimed, D.INNOVATION, docs(tier), options);
    expect(result.assessed).toBe(true);
    expect(result.supportedTier).toBe(tier);
    const first = result.findings[0];
    if (claimed === tier) expect(first?.code).toBe('EVIDENCE.SUPPORTS_CLAIM');
    if (claimed < tier) expect(first?.code).toBe('EVIDENCE.SUPPORTS_ABOVE');
    if (claimed > tier) expect(first?.code).toMatch(/^EVIDENCE\.LOWER/);
    expect(result.findings.filter((f) => f.code === 'EVIDENCE.UNREADABLE')).toEqual([]);
  });
});

describe('assessEvidence at the band edges of figure indicators', () => {
  it.each([
    ['17', 1, 1],
    ['17', 10, 1],
    ['17', 11, 2],
    ['17', 30, 2],
    ['17', 31, 3],
  ])('%s with %i people listed supports %i', (code, size, tier) => {
    expect(assessEvidence(IGA_2026, code, 3, D.INNOVATION, [D.team('ST', size)]).supportedTier).toBe(tier);
  });

  it.each([
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 3],
    [7, 3],
  ])('24 with %i Perangkat Daerah supports %i', (n, tier) => {
    expect(assessEvidence(IGA_2026, '24', 3, D.INNOVATION, [D.jejaring(n)]).supportedTier).toBe(tier);
  });

  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 3],
  ])('22 with %i kinds of actors named supports %i', (n, tier) => {
    expect(assessEvidence(IGA_2026, '22', 3, D.INNOVATION, [D.actors(n)]).supportedTier).toBe(tier);
  });

  it('22 counts each kind of actor once over all documents, and only documents of the years and the innovation', () => {
    const assess = (docs: EvidenceDocumentInput[]) =>
      assessEvidence(IGA_2026, '22', 3, D.INNOVATION, docs).supportedTier;
    // Two SKs naming the government and academia again, and business: still 3 kinds.
    expect(assess([D.actors(2), D.actors(3)])).toBe(1);
    expect(assess([D.actors(5, { year: 2022 })])).toBe(0);
    expect(assess([D.actors(5, { names: false })])).toBe(0);
    const read = assessEvidence(IGA_2026, '22', 3, D.INNOVATION, [D.actors(4)]).findings.find(
      (f) => f.code === 'EVIDENCE.FIGURE_READ',
    );
    expect(read).toMatchObject({ page: 1, params: { value: 4, figure: 'ACTOR_KINDS' } });
  });

  it.each([
    ['6 hari', 1],
    ['5 hari kerja', 2],
    ['2 (dua) hari', 2],
    ['1 hari', 3],
    ['1 x 24 jam', 3],
    ['30 menit', 3],
  ])('28 with "%s" supports %i', (days, tier) => {
    expect(assessEvidence(IGA_2026, '28', 3, D.INNOVATION, [D.sop(days)]).supportedTier).toBe(tier);
  });

  it.each([
    [1, 1],
    [200, 1],
    [201, 2],
    [500, 2],
    [501, 3],
    [1250, 3],
  ])('33a with %i beneficiaries supports %i', (n, tier) => {
    expect(assessEvidence(IGA_2026, '33', 3, D.INNOVATION, [D.beneficiaries(n)], basisA).supportedTier).toBe(
      tier,
    );
  });
});

describe('indicator 33 percentages, as typed and as OCR reads a scan', () => {
  const tier = (line: string, ocr: boolean, basis = 'b') =>
    assessEvidence(IGA_2026, '33', 3, D.INNOVATION, [D.outcome(line, { ocr })], { basis }).supportedTier;
  const LINE = 'Persentase cakupan unit penerima manfaat terhadap unit sasaran:';

  it.each([
    [`${LINE} 75,25 %`, false, 3],
    [`${LINE} 20,5%`, false, 2],
    [`${LINE} 75,25 #`, true, 3],
    [`${LINE} 20 Y6`, true, 1],
    ['Efisiensi belanja sesudah inovasi dibanding sebelum inovasi: 20 96', true, 2],
    ['Kenaikan pendapatan sesudah inovasi dibanding sebelum inovasi: 2 “6', true, 1],
  ])('"%s" (OCR %s) supports %i', (line, ocr, expected) => {
    const basis = line.startsWith('Efisiensi') ? 'c' : line.startsWith('Kenaikan') ? 'd' : 'b';
    expect(tier(line, ocr, basis)).toBe(expected);
  });

  it('reads no percentage without its sign from typed text, from a bare total, or above 100', () => {
    expect(tier(`${LINE} 75,25`, false)).toBe(0);
    expect(tier('Total penerima manfaat: 45', true)).toBe(0);
    expect(tier(`${LINE} 175`, true)).toBe(0);
  });

  it('marks a percentage read without its sign for a person to confirm', () => {
    const result = assessEvidence(
      IGA_2026,
      '33',
      3,
      D.INNOVATION,
      [D.outcome(`${LINE} 75,25 #`, { ocr: true })],
      {
        basis: 'b',
      },
    );
    expect(result.findings.find((f) => f.code === 'EVIDENCE.FIGURE_OCR')).toMatchObject({
      params: { value: 75.25 },
    });
  });
});

describe('assessEvidence explains what is wrong', () => {
  const codes = (docs: EvidenceDocumentInput[], code = '16', claimed: 1 | 2 | 3 = 3) =>
    assessEvidence(IGA_2026, code, claimed, D.INNOVATION, docs).findings.map((f) => f.code);

  it('says a Perbup supports 2, not 3, on the page of its title', () => {
    const result = assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.perbup()]);
    expect(result.supportedTier).toBe(2);
    expect(result.findings[0]).toMatchObject({
      code: 'EVIDENCE.LOWER_KIND',
      page: 1,
      snippet: 'PERATURAN BUPATI PATI',
      params: {
        supported: 2,
        claimed: 3,
        found: 'Peraturan Bupati Pati',
        expectedKinds: ['PERATURAN_DAERAH'],
      },
    });
  });

  it('does not count a Perda alone: it needs a Perkada/SK that names the innovation', () => {
    expect(assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.perda()]).supportedTier).toBe(0);
    expect(codes([D.perda()])).toContain('EVIDENCE.COMPANION_MISSING');
    expect(
      assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.perda(), D.perbup({ names: false })]).supportedTier,
    ).toBe(0);
  });

  it('refuses the wrong kind of document', () => {
    const result = assessEvidence(IGA_2026, '16', 1, D.INNOVATION, [D.dpa(2025)]);
    expect(result.supportedTier).toBe(0);
    expect(result.findings.map((f) => f.code)).toContain('EVIDENCE.KIND_NOT_ACCEPTED');
  });

  it('refuses an SK of another year than the penerapan, and a Perbup enacted in the assessment year', () => {
    expect(assessEvidence(IGA_2026, '16', 1, D.INNOVATION, [D.skBupati({ year: 2024 })]).supportedTier).toBe(
      0,
    );
    expect(codes([D.skBupati({ year: 2024 })], '16', 1)).toContain('EVIDENCE.YEAR_NOT_PENERAPAN');
    expect(assessEvidence(IGA_2026, '16', 2, D.INNOVATION, [D.perbup({ year: 2026 })]).supportedTier).toBe(0);
    expect(codes([D.perbup({ year: 2026 })], '16', 2)).toContain('EVIDENCE.YEAR_NOT_BEFORE');
  });

  it('refuses a document that names another innovation', () => {
    expect(assessEvidence(IGA_2026, '16', 2, D.INNOVATION, [D.perbup({ names: false })]).supportedTier).toBe(
      0,
    );
    expect(codes([D.perbup({ names: false })], '16', 2)).toContain('EVIDENCE.NOT_NAMED');
  });

  it('tells an SK of a Kepala Dinas on behalf of the Bupati from one without', () => {
    expect(assessEvidence(IGA_2026, '16', 1, D.INNOVATION, [D.skKadinAn()]).supportedTier).toBe(1);
    expect(
      assessEvidence(IGA_2026, '16', 1, D.INNOVATION, [D.skKadinAn({ onBehalf: false })]).supportedTier,
    ).toBe(0);
  });

  it('counts a bimtek only with a certificate, and a DPA only for its own fiscal years', () => {
    expect(codes(D.bimtek(3, { certificates: false }), '20')).toContain('EVIDENCE.CERTIFICATE_MISSING');
    expect(
      assessEvidence(IGA_2026, '20', 3, D.INNOVATION, D.bimtek(3, { certificates: false })).supportedTier,
    ).toBe(0);
    expect(assessEvidence(IGA_2026, '18', 3, D.INNOVATION, [D.dpa(2022)]).supportedTier).toBe(0);
  });

  it('marks figures read by OCR for a person to confirm', () => {
    const result = assessEvidence(IGA_2026, '17', 2, D.INNOVATION, [D.team('SK', 12, { ocr: true })]);
    expect(result.supportedTier).toBe(2);
    expect(result.findings.find((f) => f.code === 'EVIDENCE.FIGURE_OCR')).toMatchObject({
      ocr: true,
      params: { value: 12 },
    });
  });

  it('says null, not 0, when nothing can be read', () => {
    const result = assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.unreadable()]);
    expect(result).toMatchObject({ assessed: true, supportedTier: null });
    expect(result.findings.map((f) => f.code)).toEqual(['EVIDENCE.UNREADABLE']);
    expect(assessEvidence(IGA_2026, '16', 2, D.INNOVATION, [D.unreadable(), D.perbup()]).supportedTier).toBe(
      2,
    );
  });

  it('gives 0 without documents, and does not assess photo or video indicators', () => {
    expect(assessEvidence(IGA_2026, '16', 3, D.INNOVATION, []).supportedTier).toBe(0);
    expect(assessEvidence(IGA_2026, '35', 3, D.INNOVATION, [D.perbup()])).toMatchObject({
      assessed: false,
      supportedTier: null,
    });
    expect(
      assessEvidence(IGA_2026, '33', 3, D.INNOVATION, [D.beneficiaries(600)], { basis: 'f' }).assessed,
    ).toBe(false);
  });

  it('throws for an unknown indicator code (a caller bug)', () => {
    expect(() => assessEvidence(IGA_2026, '99', 1, D.INNOVATION, [])).toThrow(RangeError);
  });
});
