import { higherIsBetter, tierTexts } from './pack-helpers.ts';
import type { TKemanfaatanBasis } from './schema.ts';

const C1_C7: TKemanfaatanBasis['source'] = ['C1', 'C7'];
const secondary = { confidence: 'SECONDARY' } as const;
const DOCS_OR_IMAGES: ('PDF' | 'JPEG' | 'PNG')[] = ['PDF', 'JPEG', 'PNG'];

/**
 * IGA 2026 indicator 33 *Kemanfaatan inovasi*: the OPD picks exactly one measurement basis a..f, each with its
 * own three tiers (reference §4.3, SECONDARY [C1] `BASIS_KEMANFAATAN`/`PARAMETER_KEMANFAATAN`, [C7]).
 */
export const IGA_2026_KEMANFAATAN_BASES: TKemanfaatanBasis[] = [
  {
    code: 'a',
    measure: 'Cakupan penerima manfaat (orang)',
    options: tierTexts('1-200 orang', '201-500 orang', '501 orang atau lebih'),
    bands: higherIsBetter('PERSONS', 20100, 50100, 100),
    evidence: {
      description:
        'Daftar penerima manfaat (luring; untuk inovasi non digital rekap wajib ditandatangani penerima manfaat) ' +
        'dalam PDF, atau tangkapan layar jumlah pengguna (daring) dalam JPG/PNG.',
      fileKinds: DOCS_OR_IMAGES,
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: 'b',
    measure: 'Cakupan unit penerima manfaat (% dari unit sasaran)',
    options: tierTexts('5,00 %-20,00 %', '20,01 %-50,00 %', 'Lebih dari 50,00 %'),
    bands: higherIsBetter('PERCENT', 2001, 5001, 500),
    evidence: {
      description:
        'Rekap unit penerima manfaat sebelum dan sesudah; untuk inovasi non digital dengan tanda tangan atau ' +
        'testimoni perwakilan unit.',
      fileKinds: DOCS_OR_IMAGES,
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: 'c',
    measure: 'Efisiensi belanja (sebelum dan sesudah)',
    options: tierTexts('0,01 %-10,00 %', '10,01 %-20,00 %', '20,01 %-30,00 %'),
    bands: higherIsBetter('PERCENT', 1001, 2001, 1),
    evidence: {
      description: 'Laporan belanja yang membandingkan biaya sebelum dan sesudah.',
      fileKinds: DOCS_OR_IMAGES,
    },
    needsManualCheck: true,
    source: C1_C7,
    ...secondary,
    note: 'Sumber tidak mengatur efisiensi di atas 30,00 %; diterapkan sebagai tingkat 3.',
  },
  {
    code: 'd',
    measure: 'Penambahan pendapatan bagi Pemda/Perangkat Daerah/unit kerja',
    options: tierTexts('0,01 %-9,99 %', '10,00 %-19,99 %', '20 % atau lebih'),
    bands: higherIsBetter('PERCENT', 1000, 2000, 1),
    evidence: {
      description:
        'Laporan keuangan (buku, laporan kas, neraca). Perbandingan: diterapkan 2025 -> 2025 terhadap 2024; ' +
        'diterapkan sejak 2024 dan masih berjalan -> 2025 terhadap 2024; diterapkan 2023 dan dikembangkan 2024 -> ' +
        '2025 terhadap 2024; diterapkan 2024 tetapi berhenti 2025 -> 2024 terhadap 2023.',
      fileKinds: DOCS_OR_IMAGES,
    },
    source: C1_C7,
    ...secondary,
  },
  {
    code: 'e',
    measure: 'Jumlah produk yang dihasilkan/diperjualbelikan',
    options: tierTexts('1-100 barang', '101-200 barang', 'Lebih dari 200 barang'),
    bands: higherIsBetter('ITEMS', 10100, 20100, 100),
    evidence: { description: 'Rekap produk yang dihasilkan/terjual.', fileKinds: DOCS_OR_IMAGES },
    source: C1_C7,
    ...secondary,
  },
  {
    code: 'f',
    measure: 'Tren kinerja positif (per bulan/triwulan/semester/tahun)',
    options: tierTexts(
      'Tren positif dalam 1 periode pengukuran',
      'Tren positif dalam 2 periode pengukuran',
      'Tren positif dalam 3 periode pengukuran',
    ),
    bands: higherIsBetter('PERIODS', 200, 300, 100),
    evidence: {
      description:
        'Analisis/kajian/penelitian/laporan unit pelaksana, terbatas pada konteks unit penerima manfaat (bukan ' +
        'otomatis data makro daerah).',
      fileKinds: DOCS_OR_IMAGES,
    },
    source: C1_C7,
    ...secondary,
  },
];
