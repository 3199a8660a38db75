import { IGA_2026_SID } from './iga-2026-sid.ts';
import { IGA_2026_SPD } from './iga-2026-spd.ts';
import type { TEditionConstants, TEditionPack } from './schema.ts';

const C1_C2 = ['C1', 'C2'];

/** IGA 2026 constants (reference §0, §2.1, §3.2, §3.3), SECONDARY unless noted. */
const IGA_2026_CONSTANTS: TEditionConstants = {
  minDivisor: {
    value: 12,
    source: C1_C2,
    confidence: 'SECONDARY',
    note: 'Prognosis 14 (2027), 16 (2028), 18 (2029) [C1]',
  },
  countWeightX100: { value: 38, source: C1_C2, confidence: 'SECONDARY' },
  countCap: { value: 200, source: C1_C2, confidence: 'SECONDARY' },
  yandasMin: { value: 5, source: C1_C2, confidence: 'SECONDARY', note: '6 dari 6 mulai 2027 [C1]' },
  totalMax: {
    value: 250,
    source: C1_C2,
    confidence: 'SECONDARY',
    note: 'SPD 63 + SID 111 + Jumlah Inovasi 76',
  },
  predicateBands: {
    value: { sangatInovatifX100: 6501, inovatifX100: 4001, kurangInovatifX100: 1 },
    source: C1_C2,
    confidence: 'SECONDARY',
  },
  eligibilityWindow: {
    value: { from: '2024-01-01', to: '2025-12-31' },
    source: ['C1'],
    confidence: 'SECONDARY',
    note: 'Penerapan dalam jendela, atau waktu pengembangan terbaru dalam jendela (Lampiran I butir IV.B, XIII)',
  },
  rancangBangunMinWords: { value: 300, source: ['C1', 'C2', 'C3'], confidence: 'SECONDARY' },
  maxSubmissions: {
    value: 2,
    source: ['P6', 'P24'],
    confidence: 'UNCONFIRMED',
    note: 'Dinyatakan untuk IGA 2024 [P6]; berlakunya untuk 2026 belum terkonfirmasi',
  },
};

/**
 * IGA 2026 rule pack (Surat Kepala BSKDN 400.10.11/1887/BSKDN, 29 April 2026, as quoted by [C1][C2]):
 * 20 SPD rows (weights 21, max 63), 20 SID indicators (weights 37, max 111), count score max 76, total 250.
 */
export const IGA_2026: TEditionPack = {
  code: 'iga-2026',
  name: 'IGA 2026',
  assessmentYear: 2026,
  spd: IGA_2026_SPD,
  sid: IGA_2026_SID,
  constants: IGA_2026_CONSTANTS,
  source: C1_C2,
  confidence: 'SECONDARY',
  note: 'Pedoman BSKDN asli belum terbaca; katalog dari implementasi ulang yang mengutipnya (reference §0).',
};
