import type { RuleProvenance } from '../carry-over/provenance.ts';
import type { TEditionPack } from '../editions/schema.ts';

/** A rule value with its provenance, as every value of a rule pack. */
export interface SourcedValue<T> extends RuleProvenance {
  readonly value: T;
}

/**
 * How far (in hundredths of a maturity point) the internal verified maturity may lie above the national one
 * before the innovation counts as over-estimated by the internal verification. BSKDN publishes no such figure:
 * it is a **Pemda choice** (Inovda's default 5.00 points, about 4.5 % of the 111 maximum), so a region may pass
 * its own value to `compareNationalResults`.
 */
export const NATIONAL_OVERESTIMATE_TOLERANCE: SourcedValue<number> = {
  value: 500,
  source: ['Pemda'],
  confidence: 'UNCONFIRMED',
  note: 'Pilihan Pemda (bawaan Inovda 5,00 poin), bukan aturan BSKDN; dapat diubah oleh Pemda',
};

/**
 * The highest maturity an innovation can reach in an edition, in hundredths: 3 (the top tier) times the sum of
 * the SID weights (11100 = 111 points in IGA 2026 [P22]). A national score above it cannot be right.
 */
export function maxMaturityX100(edition: TEditionPack): number {
  return 3 * edition.sid.reduce((sum, indicator) => sum + indicator.weightX100, 0);
}
