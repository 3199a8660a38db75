import type { TEvidenceExpectation } from './expectation-schema.ts';
import { IGA_2026_EXPECTATIONS } from './expectations-2026.ts';

const NOTE_2024 = 'Ekspektasi bukti 2026 [C7] diterapkan pada teks parameter 2024 [C3].';

/** Marks every provenance in a value UNCONFIRMED: the evidence rules are only known for 2026 [C7]. */
function unconfirmed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(unconfirmed) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = unconfirmed(child);
  if ('confidence' in out) out['confidence'] = 'UNCONFIRMED';
  return out as T;
}

/** Where the 2024 parameter ladder differs from 2026 (reference §4.4): 16 Regulasi, 18 Anggaran, 23 Pelaksana. */
const LADDERS_2024: Readonly<Record<string, TEvidenceExpectation['tierRule']>> = {
  '16': {
    kind: 'LADDER',
    tiers: [
      { tier: 1, documents: [{ kind: 'KEPUTUSAN', issuers: ['KEPALA_PD'] }] },
      { tier: 2, documents: [{ kind: 'KEPUTUSAN', issuers: ['KEPALA_DAERAH', 'KEPALA_PD_AN_KD'] }] },
      { tier: 3, documents: [{ kind: 'PERATURAN_KEPALA_DAERAH' }, { kind: 'PERATURAN_DAERAH' }] },
    ],
    source: ['C3'],
    confidence: 'SECONDARY',
  },
  '18': {
    kind: 'YEAR_COVERAGE',
    documents: [{ kind: 'DOKUMEN_ANGGARAN' }],
    tiers: [
      { tier: 1, anyOf: [[0]] },
      { tier: 2, anyOf: [[-1], [-2]] },
      { tier: 3, anyOf: [[-2, -1, 0]] },
    ],
    source: ['C3'],
    confidence: 'SECONDARY',
  },
  '23': {
    kind: 'LADDER',
    tiers: [
      { tier: 1, documents: [{ kind: 'LAPORAN' }, { kind: 'PROPOSAL' }, { kind: 'LAPORAN_MONEV' }] },
      {
        tier: 2,
        documents: [
          { kind: 'KEPUTUSAN', issuers: ['KEPALA_PD'] },
          { kind: 'SURAT_TUGAS', issuers: ['KEPALA_PD'] },
        ],
      },
      { tier: 3, documents: [{ kind: 'KEPUTUSAN', issuers: ['KEPALA_DAERAH', 'KEPALA_PD_AN_KD'] }] },
    ],
    source: ['C3'],
    confidence: 'SECONDARY',
  },
};

/**
 * Evidence expectations of the 2023/2024-era packs: the 2026 ones, all UNCONFIRMED, with the tier ladders of 16,
 * 18 and 23 following the 2024 parameter texts (the ladder itself is [C3], SECONDARY; the document rules are not).
 */
export function buildExpectations2024Era(): Record<string, TEvidenceExpectation> {
  const out: Record<string, TEvidenceExpectation> = {};
  for (const [code, expectation] of Object.entries(IGA_2026_EXPECTATIONS)) {
    const base = unconfirmed(expectation);
    const ladder = LADDERS_2024[code];
    out[code] = {
      ...base,
      ...(ladder ? { tierRule: ladder } : {}),
      note: expectation.note ? `${expectation.note} ${NOTE_2024}` : NOTE_2024,
    };
  }
  return out;
}
