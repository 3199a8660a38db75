import { higherIsBetter, lowerIsBetter } from '../editions/pack-helpers.ts';
import type { TConfidence } from '../editions/schema-parts.ts';
import type { TDocumentMatch, TEvidenceExpectation, TYearRule } from './expectation-schema.ts';

const C7 = { source: ['C7'], confidence: 'SECONDARY' as TConfidence };
const SILENT = (note: string) => ({ source: ['C7'], confidence: 'UNCONFIRMED' as TConfidence, note });

const SK_KD: TDocumentMatch = { kind: 'KEPUTUSAN', issuers: ['KEPALA_DAERAH', 'KEPALA_PD_AN_KD'] };
const SK_ANY: TDocumentMatch = { kind: 'KEPUTUSAN' };
const ST_ANY: TDocumentMatch = { kind: 'SURAT_TUGAS' };
const LAST_THREE_YEARS: TYearRule = { rule: 'WITHIN', fromOffset: -2, toOffset: 0, ...C7 };
const NAMES = { required: true, ...C7 };
const NAMES_IMPLIED = (what: string) => ({
  required: true,
  ...SILENT(`Pedoman tidak menyebut secara tegas; ${what} harus tentang inovasi ini.`),
});

/**
 * Structured evidence expectations of IGA 2026 (reference §4.2, the *Data Pendukung* and *Informasi* texts of
 * the technical guide transcription [C7] that the pack carries in `evidence.description`). Indicators whose
 * evidence is a photo, a screenshot or a video (19 alat kerja, 25 sosialisasi, 27 kemudahan informasi, 29
 * pengaduan, 30 integrasi, 35 video), or whose tier the text of a document cannot decide (26: a manual's form
 * and its publication link; 32: the months between stages, which the guide asks the verifier to judge from the
 * whole report), have none: they are not assessed, and the dashboard counts them at the claim.
 */
export const IGA_2026_EXPECTATIONS: Readonly<Record<string, TEvidenceExpectation>> = {
  '16': {
    tierRule: {
      kind: 'LADDER',
      tiers: [
        { tier: 1, documents: [SK_KD] },
        { tier: 2, documents: [{ kind: 'PERATURAN_KEPALA_DAERAH' }] },
        { tier: 3, documents: [{ kind: 'PERATURAN_DAERAH' }] },
      ],
      ...C7,
    },
    namesInnovation: { required: true, companionFor: [{ kind: 'PERATURAN_DAERAH' }], ...C7 },
    years: [
      { rule: 'PENERAPAN_YEAR', appliesTo: [SK_KD], ...C7 },
      {
        rule: 'BEFORE_ASSESSMENT_YEAR',
        appliesTo: [{ kind: 'PERATURAN_DAERAH' }, { kind: 'PERATURAN_KEPALA_DAERAH' }],
        ...C7,
        note: 'Masih berlaku: tidak dapat dibaca dari teks, diperiksa verifikator.',
      },
    ],
    ...C7,
  },
  '17': {
    tierRule: {
      kind: 'FIGURE',
      documents: [SK_KD, ST_ANY],
      figure: 'PERSONS_LISTED',
      aggregate: 'MAX',
      bands: higherIsBetter('PERSONS', 1100, 3100, 100),
      ...C7,
      note: 'Jumlah SDM dihitung dari daftar bernomor pada dokumen terbaik, bukan dijumlah antar-dokumen.',
    },
    namesInnovation: NAMES_IMPLIED('SK/Surat Penugasan'),
    years: [LAST_THREE_YEARS],
    ...C7,
  },
  '18': {
    tierRule: {
      kind: 'YEAR_COVERAGE',
      documents: [{ kind: 'DOKUMEN_ANGGARAN' }],
      tiers: [
        { tier: 1, anyOf: [[-2], [-1], [0]] },
        {
          tier: 2,
          anyOf: [
            [-1, 0],
            [-2, -1],
          ],
        },
        { tier: 3, anyOf: [[-2, -1, 0]] },
      ],
      ...C7,
      note: 'T-0 = tahun penilaian ("tahun berjalan").',
    },
    namesInnovation: { ...NAMES, note: 'Program/kegiatan inovasi harus tampak pada dokumen anggaran.' },
    infoFigures: ['BUDGET_RUPIAH'],
    ...C7,
  },
  '20': {
    tierRule: {
      kind: 'EVENT_COUNT',
      invitations: [SK_ANY, ST_ANY, { kind: 'UNDANGAN' }],
      attendance: [{ kind: 'DAFTAR_HADIR' }],
      certificates: [{ kind: 'SERTIFIKAT' }],
      minCertificates: 1,
      bands: higherIsBetter('COUNT', 200, 300, 100),
      ...C7,
      note: 'Satu kegiatan = SK/Surat Tugas/Undangan dan daftar hadir bertanggal sama; sertifikat minimal satu.',
    },
    namesInnovation: NAMES_IMPLIED('kegiatan bimtek/transfer pengetahuan'),
    years: [LAST_THREE_YEARS],
    ...C7,
  },
  '21': {
    tierRule: {
      kind: 'YEAR_COVERAGE',
      documents: [{ kind: 'RKPD' }],
      tiers: [
        { tier: 1, anyOf: [[-1], [-2]] },
        { tier: 2, anyOf: [[-2, -1]] },
        { tier: 3, anyOf: [[-2, -1, 0]] },
      ],
      ...C7,
    },
    namesInnovation: { ...NAMES, note: 'Program/kegiatan inovasi harus tampak (di-highlight) pada RKPD.' },
    ...C7,
  },
  '22': {
    tierRule: {
      kind: 'FIGURE',
      documents: [
        SK_ANY,
        ST_ANY,
        { kind: 'PERJANJIAN_KERJA_SAMA' },
        { kind: 'UNDANGAN' },
        { kind: 'DAFTAR_HADIR' },
        { kind: 'LAPORAN' },
      ],
      figure: 'ACTOR_KINDS',
      aggregate: 'DISTINCT',
      bands: higherIsBetter('COUNT', 400, 500, 300),
      ...C7,
      note:
        'Unsur akademisi, bisnis, komunitas, pemerintah dan media yang disebut pada SK, dokumen kerja sama, ' +
        'undangan/daftar hadir FGD/Musrenbang atau laporan, dihitung sekali per unsur atas semua dokumen. ' +
        'Publikasi berita dan foto kegiatan tidak dibaca (gambar); pelaksana termasuk unsur pemerintah.',
    },
    namesInnovation: NAMES_IMPLIED('dokumen keterlibatan aktor'),
    years: [{ ...LAST_THREE_YEARS, note: 'Pedoman: dokumen T-0, T-1, T-2.' }],
    ...C7,
  },
  '23': {
    tierRule: {
      kind: 'LADDER',
      tiers: [
        {
          tier: 1,
          documents: [{ kind: 'LAPORAN' }, { kind: 'PROPOSAL' }, { kind: 'LAPORAN_MONEV' }],
        },
        {
          tier: 2,
          documents: [
            { kind: 'SURAT_TUGAS', issuers: ['KEPALA_PD'] },
            { kind: 'KEPUTUSAN', issuers: ['KEPALA_PD'] },
          ],
        },
        {
          tier: 3,
          documents: [SK_KD, { kind: 'SURAT_TUGAS', issuers: ['KEPALA_DAERAH', 'KEPALA_PD_AN_KD'] }],
        },
      ],
      ...C7,
      note: 'Tingkat 1 (pelaksana tanpa surat penetapan): laporan/proposal yang menyebut pelaksana (UNCONFIRMED).',
    },
    namesInnovation: { required: true, ...C7 },
    years: [{ ...LAST_THREE_YEARS, ...SILENT('Pedoman tidak menyebut tahun surat penugasan.') }],
    ...C7,
  },
  '24': {
    tierRule: {
      kind: 'FIGURE',
      documents: [SK_ANY, ST_ANY],
      figure: 'PERANGKAT_DAERAH',
      aggregate: 'MAX',
      bands: higherIsBetter('COUNT', 300, 500, 200),
      ...C7,
    },
    namesInnovation: NAMES_IMPLIED('SK/Surat Tugas jejaring'),
    years: [{ ...LAST_THREE_YEARS, note: '"dalam 2 tahun terakhir" (Keterangan) dibaca sebagai T-2..T-0.' }],
    ...C7,
  },
  '28': {
    tierRule: {
      kind: 'FIGURE',
      documents: [{ kind: 'SOP' }],
      figure: 'SERVICE_DAYS',
      aggregate: 'MAX',
      bands: lowerIsBetter('COUNT', 500, 100),
      ...C7,
      note: 'Hari kalender; MAX berarti dokumen dengan waktu layanan tersingkat.',
    },
    namesInnovation: NAMES_IMPLIED('SOP'),
    ...C7,
  },
  '31': {
    tierRule: {
      kind: 'FIGURE',
      documents: [{ kind: 'PERJANJIAN_KERJA_SAMA' }, { kind: 'SURAT_PERNYATAAN_REPLIKASI' }],
      figure: 'PARTNER_REGIONS',
      aggregate: 'DISTINCT',
      bands: higherIsBetter('COUNT', 200, 300, 100),
      ...C7,
    },
    namesInnovation: { required: true, ...C7 },
    ...C7,
  },
  '33': {
    tierRule: {
      kind: 'KEMANFAATAN',
      documents: [{ kind: 'DAFTAR_PENERIMA_MANFAAT' }, { kind: 'LAPORAN' }, { kind: 'LAPORAN_MONEV' }],
      ...C7,
      note: 'Angka dibaca dari dokumen dan dibandingkan dengan pita basis ukur yang dipilih.',
    },
    namesInnovation: NAMES_IMPLIED('rekap penerima manfaat'),
    ...C7,
  },
  '34': {
    tierRule: {
      kind: 'LADDER',
      tiers: [
        { tier: 1, documents: [{ kind: 'LAPORAN_MONEV' }] },
        { tier: 2, documents: [{ kind: 'LAPORAN_SKM' }] },
        { tier: 3, documents: [{ kind: 'LAPORAN_PENELITIAN', issuers: ['EXTERNAL'] }] },
      ],
      ...C7,
    },
    namesInnovation: NAMES_IMPLIED('laporan monev'),
    ...C7,
  },
};
