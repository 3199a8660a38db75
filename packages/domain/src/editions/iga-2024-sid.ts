import { buildExpectations2024Era } from '../evidence/expectations-2024.ts';
import { IGA_2026_SID } from './iga-2026-sid.ts';
import { higherIsBetter, tierTexts } from './pack-helpers.ts';
import type { TKemanfaatanBasis, TSidIndicator } from './schema.ts';
import type { TConfidence, TTierOption } from './schema-parts.ts';

type Texts2024 = { name: string; options: TTierOption[]; note?: string };

/** 2024 parameter texts per SID code, reference §4.4 [C3] (2024 order 1..20 = codes 16..35). */
const TEXTS_2024: Record<string, Texts2024> = {
  '16': {
    name: 'Regulasi',
    options: tierTexts(
      'SK Kepala Perangkat Daerah',
      'SK Kepala Daerah',
      'Peraturan Kepala Daerah / Peraturan Daerah',
    ),
    note: '[C3] memberi bobot 1 (maksimum 105, tidak sesuai 111); dipakai bobot 3 seperti [C1][C2].',
  },
  '17': { name: 'Ketersediaan SDM', options: tierTexts('1-10 SDM', '11-30 SDM', 'Lebih dari 30 SDM') },
  '18': {
    name: 'Dukungan anggaran',
    options: tierTexts('T-0 (tahun berjalan)', 'T-1 atau T-2', 'T-0, T-1, dan T-2'),
  },
  '19': {
    name: 'Alat kerja',
    options: tierTexts('Manual/non elektronik', 'Elektronik', 'Sistem informasi online/daring'),
  },
  '20': {
    name: 'Bimtek inovasi',
    options: tierTexts(
      'Dalam 2 tahun terakhir 1 kali kegiatan transfer pengetahuan (bimtek, sharing, FGD, dan sebagainya)',
      '2 kali bimtek (bimtek, training, TOT)',
      'Lebih dari 2 kali bimtek',
    ),
  },
  '21': {
    name: 'Integrasi program dan kegiatan inovasi dalam RKPD',
    options: tierTexts('RKPD T-1 atau T-2', 'RKPD T-1 dan T-2', 'RKPD T-1, T-2, dan T-0'),
  },
  '22': {
    name: 'Keterlibatan aktor inovasi',
    options: tierTexts('3 aktor', '4 aktor', '5 aktor atau lebih'),
  },
  '23': {
    name: 'Pelaksana inovasi daerah',
    options: tierTexts(
      'Tidak ditetapkan dengan SK Kepala Perangkat Daerah',
      'SK Kepala Perangkat Daerah',
      'SK Kepala Daerah',
    ),
  },
  '24': {
    name: 'Jejaring inovasi',
    options: tierTexts('1-2 Perangkat Daerah', '3-4 Perangkat Daerah', '5 Perangkat Daerah atau lebih'),
  },
  '25': {
    name: 'Sosialisasi inovasi daerah',
    options: tierTexts(
      'Tatap muka (luring/daring) atau media fisik (pamflet, banner, baliho, pameran)',
      'Konten media sosial',
      'Media berita',
    ),
  },
  '26': {
    name: 'Pedoman teknis',
    options: tierTexts('Buku manual', 'Buku elektronik', 'Daring atau video tutorial'),
  },
  '27': {
    name: 'Kemudahan informasi layanan',
    options: tierTexts('1 dari 4 metode', '2 dari 4 metode', '3 metode atau lebih'),
  },
  '28': { name: 'Kemudahan proses', options: tierTexts('6 hari atau lebih', '2-5 hari', '1 hari') },
  '29': {
    name: 'Penyelesaian layanan pengaduan',
    options: tierTexts('Paling banyak 50 % atau tidak ada', '51 %-86 %', '86 % atau lebih'),
    note: 'Rentang sumber tumpang tindih pada 86 % [C3].',
  },
  '30': {
    name: 'Layanan terintegrasi',
    options: tierTexts(
      'Terpisah/independen',
      'Satu portal unit / satu urusan',
      'Lintas unit / lebih dari satu urusan',
    ),
  },
  '31': {
    name: 'Replikasi',
    options: tierTexts('Direplikasi 1 kali', 'Direplikasi 2 kali', 'Direplikasi 3 kali'),
  },
  '32': {
    name: 'Kecepatan penciptaan inovasi',
    options: tierTexts('9 bulan atau lebih', '5-8 bulan', '1-4 bulan'),
  },
  '33': {
    name: 'Kemanfaatan inovasi',
    options: tierTexts(
      'Tingkat 1 pada satuan yang dipilih',
      'Tingkat 2 pada satuan yang dipilih',
      'Tingkat 3 pada satuan yang dipilih',
    ),
  },
  '34': {
    name: 'Monitoring dan evaluasi inovasi daerah',
    options: tierTexts(
      'Monev internal Perangkat Daerah',
      'Survei Kepuasan Masyarakat (SKM)',
      'Monev eksternal (penelitian/kajian/analisis)',
    ),
  },
  '35': { name: 'Kualitas inovasi daerah (video)', options: tierTexts('1-2 unsur', '3-4 unsur', '5 unsur') },
};

const basis = (
  code: string,
  measure: string,
  p: [string, string, string],
  bands: TKemanfaatanBasis['bands'],
) => ({
  code,
  measure,
  options: tierTexts(...p),
  bands,
  source: ['C3', 'C10', 'C13'],
  confidence: 'SECONDARY' as const,
});

/** 2023/2024 *satuan* of Kemanfaatan (reference §4.3, SECONDARY [C3][C10][C13]); basis f did not exist. */
const KEMANFAATAN_BASES_2024: TKemanfaatanBasis[] = [
  basis(
    'a',
    'Orang',
    ['1-100 orang', '101-200 orang', '201 orang atau lebih'],
    higherIsBetter('PERSONS', 10100, 20100, 100),
  ),
  basis(
    'b',
    'Unit',
    ['5 %-20 %', '20,01 %-50 %', 'Lebih dari 50 %'],
    higherIsBetter('PERCENT', 2001, 5001, 500),
  ),
  basis(
    'c',
    'Efisiensi biaya',
    ['0,01 %-10 %', '10,01 %-20 %', '20,01 %-30 %'],
    higherIsBetter('PERCENT', 1001, 2001, 1),
  ),
  basis(
    'd',
    'Pendapatan',
    ['0,01 %-49,99 %', '50 %-99,99 %', '100 % atau lebih'],
    higherIsBetter('PERCENT', 5000, 10000, 1),
  ),
  basis(
    'e',
    'Hasil produk',
    ['1-100 barang', '101-200 barang', 'Lebih dari 200 barang'],
    higherIsBetter('ITEMS', 10100, 20100, 100),
  ),
];

/**
 * Builds the 2023/2024-era SID list: the 2026 weights, variables and evidence, with the 2024 texts of [C3].
 * Evidence rules are only known for 2026 [C7], so they are marked UNCONFIRMED here.
 */
export function buildSid2024Era(confidence: TConfidence, source: string[], note?: string): TSidIndicator[] {
  // The 2026 explanations [C7] describe the 2026 parameters, so they are not carried over.
  const expectations = buildExpectations2024Era();
  return IGA_2026_SID.map(
    ({ note: _note, explanation: _explanation, expectations: _e, bases, ...indicator }) => {
      const texts = TEXTS_2024[indicator.code];
      if (!texts) throw new Error(`2024 texts missing for SID ${indicator.code}`);
      const notes = [texts.note, note].filter((n): n is string => n !== undefined);
      return {
        ...indicator,
        name: texts.name,
        options: texts.options,
        evidence: { ...indicator.evidence, source: ['C7'], confidence: 'UNCONFIRMED' },
        ...(bases ? { bases: KEMANFAATAN_BASES_2024 } : {}),
        ...(expectations[indicator.code] ? { expectations: expectations[indicator.code] } : {}),
        source,
        confidence,
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      };
    },
  );
}
