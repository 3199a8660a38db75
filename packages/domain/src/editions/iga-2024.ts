import { buildSid2024Era } from './iga-2024-sid.ts';
import type { TEditionPack } from './schema.ts';
import { buildSpdBefore2026 } from './spd-2024-era.ts';

const UNKNOWN_COUNT_RULE =
  'Fungsi Jumlah Inovasi sebelum 2026 belum terkonfirmasi; maksimum 76 konsisten dengan 74,80 %';

/**
 * IGA 2024 rule pack, as far as the reference confirms it: structure and maximum 63 / 250 [P5], predicate
 * bands 60,01 / 35,00 / 0,01 [P5][P6], the two-year rule [P24], SID texts [C3]. The divisor, the count function
 * and the yandas rule are UNCONFIRMED (reference §12 item 2) and listed by `listUnconfirmed`.
 */
export const IGA_2024: TEditionPack = {
  code: 'iga-2024',
  name: 'IGA 2024',
  assessmentYear: 2024,
  spd: buildSpdBefore2026('IGA 2024'),
  sid: buildSid2024Era('SECONDARY', ['C3']),
  constants: {
    minDivisor: {
      value: 10,
      source: ['P1'],
      confidence: 'UNCONFIRMED',
      note: 'k 2024 = 10 atau 12; 10 seperti 2023',
    },
    countWeightX100: { value: 38, source: ['C1', 'C2'], confidence: 'UNCONFIRMED', note: UNKNOWN_COUNT_RULE },
    countCap: { value: 200, source: ['C1', 'C2'], confidence: 'UNCONFIRMED', note: UNKNOWN_COUNT_RULE },
    yandasMin: {
      value: 0,
      source: ['C1', 'C2'],
      confidence: 'UNCONFIRMED',
      note: 'Aturan yandas sebelum 2026 tidak ditemukan',
    },
    totalMax: { value: 250, source: ['P5'], confidence: 'CONFIRMED', note: 'SPD 63 = 25,20 % dari 250' },
    predicateBands: {
      value: { sangatInovatifX100: 6001, inovatifX100: 3500, kurangInovatifX100: 1 },
      source: ['P5', 'P6'],
      confidence: 'CONFIRMED',
    },
    eligibilityWindow: {
      value: { from: '2022-01-01', to: '2023-12-31' },
      source: ['P24'],
      confidence: 'CONFIRMED',
      note: 'Inovasi 2022 boleh dilaporkan pada 2024, inovasi 2021 tidak kecuali dikembangkan',
    },
    rancangBangunMinWords: { value: 300, source: ['C3'], confidence: 'SECONDARY' },
    maxSubmissions: {
      value: 2,
      source: ['P6'],
      confidence: 'CONFIRMED',
      note: 'Pernyataan Pemda (Kab. Tegal)',
    },
  },
  source: ['P5', 'C3'],
  confidence: 'SECONDARY',
};
