import { OVERLAP_NOTE, higherIsBetter, tierTexts } from './pack-helpers.ts';
import type { TSpdRow } from './schema.ts';

const SDM = 'Sumber Daya Manusia';
const EKOSISTEM = 'Ekosistem Inovasi dan Kajian';
const C1: TSpdRow['source'] = ['C1'];
const C1_C11: TSpdRow['source'] = ['C1', 'C11'];
const secondary = { confidence: 'SECONDARY' } as const;
const level = { kind: 'LEVEL' } as const;

/** IGA 2026 SPD rows 11a-15 (Sumber Daya Manusia; Ekosistem Inovasi dan Kajian), reference §4.1 [C1][C11]. */
export const SPD_SDM_EKOSISTEM: TSpdRow[] = [
  {
    code: '11a',
    number: 11,
    name: 'Peningkatan IPM dua tahun terakhir',
    variable: SDM,
    weightX100: 75,
    mandatory: true,
    options: tierTexts('≤ 0,55', '0,56 s.d. 0,90', '≥ 0,90'),
    basis: 'BPS IPM (T-1 dikurangi T-2)',
    bands: higherIsBetter('POINTS', 56, 90),
    derivation: { kind: 'DIFFERENCE', order: 'T1_MINUS_T2' },
    needsManualCheck: true,
    source: C1,
    ...secondary,
    note: OVERLAP_NOTE,
  },
  {
    code: '11b',
    number: 11,
    name: 'Capaian IPM tahun terakhir',
    variable: SDM,
    weightX100: 75,
    mandatory: true,
    options: tierTexts('≤ 69,99', '70,00 s.d. 79,99', '≥ 80,00'),
    basis: 'BPS IPM',
    bands: higherIsBetter('POINTS', 7000, 8000),
    derivation: level,
    source: C1,
    ...secondary,
  },
  {
    code: '12',
    number: 12,
    name: 'Penghargaan bagi inovator',
    variable: SDM,
    weightX100: 200,
    mandatory: false,
    options: tierTexts(
      'Piagam penghargaan bagi inovator',
      'Piagam dan reward/insentif bagi inovator',
      'Piagam, insentif, dan mekanisme kontrol pembudayaan inovasi',
    ),
    basis: 'Penghargaan yang diberikan dalam 2 tahun terakhir',
    source: C1_C11,
    ...secondary,
  },
  {
    code: '13a',
    number: 13,
    name: 'Jumlah rekomendasi kebijakan yang mendukung inovasi',
    variable: EKOSISTEM,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      '1-3 rekomendasi kebijakan',
      '4-7 rekomendasi kebijakan',
      'Lebih dari 7 rekomendasi kebijakan',
    ),
    basis: 'Policy brief / policy paper',
    bands: higherIsBetter('COUNT', 400, 800, 100),
    derivation: level,
    source: C1_C11,
    ...secondary,
  },
  {
    code: '13b',
    number: 13,
    name: 'Capaian nilai Indeks Kualitas Kebijakan (IKK, LAN)',
    variable: EKOSISTEM,
    weightX100: 100,
    mandatory: false,
    options: tierTexts('Cukup atau Kurang', 'Baik', 'Unggul atau Sangat Baik'),
    basis: 'Hasil IKK',
    source: C1_C11,
    ...secondary,
  },
  {
    code: '14',
    number: 14,
    name: 'Rencana Induk dan Peta Jalan Pemajuan Iptek Daerah (RIPJ PID)',
    variable: EKOSISTEM,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Masih berbentuk rancangan',
      'Dokumen selesai dan disepakati',
      'Ditetapkan dalam Perkada',
    ),
    basis: 'Dokumen RIPJ PID',
    source: C1_C11,
    ...secondary,
  },
  {
    code: '15',
    number: 15,
    name: 'Fasilitasi pengakuan HAKI atas inovasi daerah',
    variable: EKOSISTEM,
    weightX100: 100,
    mandatory: false,
    options: tierTexts(
      'Sosialisasi HAKI',
      'Sosialisasi dan fasilitasi administrasi',
      'Sosialisasi, fasilitasi, dan insentif pembiayaan',
    ),
    basis: 'Bukti fasilitasi',
    source: C1_C11,
    ...secondary,
  },
];
