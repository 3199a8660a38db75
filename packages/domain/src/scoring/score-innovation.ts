import type { TEditionPack } from '../editions/schema.ts';
import { type CompiledEdition, compileEdition } from './compile-edition.ts';
import { type ScoredRow, scoreRows } from './score-rows.ts';

/** The maturity (*kematangan*) of one innovation and its rows. */
export interface InnovationScore {
  /** Sum of weight x tier over SID indicators, integer hundredths (max 11100 in IGA 2026). */
  readonly maturityX100: number;
  readonly rows: ScoredRow[];
}

/**
 * Maturity (*nilai kematangan*) = sum of weight x tier over the edition's SID indicators (reference §3.2,
 * §3.4), exact in hundredths: 0.75 x 3 is 225, never 2.2499999. Missing codes are tier 0; unknown codes or
 * tiers outside 0..3 throw a RangeError (validate user data first).
 */
export function scoreInnovation(
  edition: TEditionPack,
  tiersByCode: Readonly<Record<string, number>>,
): InnovationScore {
  const c = compileEdition(edition);
  const { totalX100, rows } = scoreRows('SID', c.sidCodes, c.sidWeightsX100, c.sidIndex, tiersByCode);
  return { maturityX100: totalX100, rows };
}

/**
 * Fast path for bulk scoring: the maturity in hundredths of the innovation whose tiers sit at
 * `tiers[offset .. offset + sidCount)`, index-aligned with `compiled.sidCodes`. No allocation and no
 * validation: the caller guarantees integers 0..3 (e.g. a Uint8Array filled from validated data).
 */
export function scoreMaturityX100(compiled: CompiledEdition, tiers: ArrayLike<number>, offset = 0): number {
  const weightsX100 = compiled.sidWeightsX100;
  let sum = 0;
  for (let i = 0; i < weightsX100.length; i++)
    sum += (weightsX100[i] as number) * (tiers[offset + i] as number);
  return sum;
}
