import type { TSidIndicator } from './schema.ts';
import type { TEvidence } from './schema-parts.ts';

/** Provenance of every IGA 2026 SID indicator: names/weights/flags [C1], texts [C7] (reference §4.2). */
export const IGA_2026_SID_PROVENANCE: Pick<TSidIndicator, 'source' | 'confidence'> = {
  source: ['C1', 'C7'],
  confidence: 'SECONDARY',
};

/** Evidence requirements and file kinds of 2026 come from the technical guide transcription alone [C7]. */
export const C7_EVIDENCE: Pick<TEvidence, 'source' | 'confidence'> = {
  source: ['C7'],
  confidence: 'SECONDARY',
};

/**
 * Records the shorter parameter texts of SIMONDA's `iga.py` [C1] when the pack uses the [C7] wording, so that
 * a reviewer holding Lampiran II can see both.
 */
export function c1Texts(p1: string, p2: string, p3: string): string {
  return `Teks parameter [C1]: "${p1}" | "${p2}" | "${p3}".`;
}
