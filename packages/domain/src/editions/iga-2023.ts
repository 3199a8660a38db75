import { buildSid2024Era } from './iga-2024-sid.ts';
import type { TEditionPack } from './schema.ts';
import { buildSpdBefore2026 } from './spd-2024-era.ts';

const UNKNOWN_COUNT_RULE =
  'Fungsi Jumlah Inovasi sebelum 2026 belum terkonfirmasi; maksimum 76 konsisten dengan 74,8 %';

/**
 * IGA 2023 rule pack, as far as the reference confirms it: the formula with divisor MAX(10, n), 36 indicators
 * and SPD 25,2 % [P1], predicate bands 60,01 / 35,00 / 0,01 [P1], maturity maximum 111 [P22]. Per-row texts
 * and weights are the 2024 ones (UNCONFIRMED for 2023); the count function is UNCONFIRMED.
 */
export const IGA_2023: TEditionPack = {
  code: 'iga-2023',
  name: 'IGA 2023',
  assessmentYear: 2023,
  spd: buildSpdBefore2026('IGA 2023'),
  sid: buildSid2024Era(
    'UNCONFIRMED',
    ['C3', 'P22'],
    'Teks dan bobot 2024 diasumsikan; total 111 terkonfirmasi [P22].',
  ),
  constants: {
    minDivisor: { value: 10, source: ['P1'], confidence: 'CONFIRMED' },
    countWeightX100: { value: 38, source: ['C1', 'C2'], confidence: 'UNCONFIRMED', note: UNKNOWN_COUNT_RULE },
    countCap: { value: 200, source: ['C1', 'C2'], confidence: 'UNCONFIRMED', note: UNKNOWN_COUNT_RULE },
    yandasMin: {
      value: 0,
      source: ['C1', 'C2'],
      confidence: 'UNCONFIRMED',
      note: 'Aturan yandas sebelum 2026 tidak ditemukan',
    },
    totalMax: { value: 250, source: ['P1'], confidence: 'CONFIRMED', note: 'SPD 25,2 % = 63 dari 250' },
    predicateBands: {
      value: { sangatInovatifX100: 6001, inovatifX100: 3500, kurangInovatifX100: 1 },
      source: ['P1'],
      confidence: 'CONFIRMED',
      note: 'Celah 34,99-35,00 pada sumber: >= 35,00 dianggap Inovatif',
    },
    eligibilityWindow: {
      value: { from: '2021-01-01', to: '2022-12-31' },
      source: ['P24'],
      confidence: 'SECONDARY',
      note: 'Aturan dua tahun [P24] diterapkan pada tahun penilaian 2023',
    },
    rancangBangunMinWords: { value: 300, source: ['C3'], confidence: 'SECONDARY' },
    maxSubmissions: {
      value: 2,
      source: ['P6'],
      confidence: 'UNCONFIRMED',
      note: 'Dinyatakan untuk IGA 2024 [P6]',
    },
  },
  source: ['P1', 'P2'],
  confidence: 'SECONDARY',
};
