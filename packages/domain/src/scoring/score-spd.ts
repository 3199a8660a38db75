import type { TEditionPack } from '../editions/schema.ts';
import { type CompiledEdition, compileEdition } from './compile-edition.ts';
import { type ScoredRow, scoreRows } from './score-rows.ts';

/** The region's SPD score and its rows. */
export interface SpdScore {
  /** Sum of weight x tier over the SPD rows, integer hundredths (max 6300 in IGA 2026). */
  readonly spdX100: number;
  readonly rows: ScoredRow[];
}

/**
 * SPD = sum of weight x tier over the edition's SPD rows (reference §3.2, §4.1), exact in hundredths. Missing
 * codes are tier 0; unknown codes or tiers outside 0..3 throw a RangeError (validate user data first). For
 * numeric rows, get the tier from raw figures with `deriveSpdTier` first.
 */
export function scoreSpd(edition: TEditionPack, tiersByCode: Readonly<Record<string, number>>): SpdScore {
  const c = compileEdition(edition);
  const { totalX100, rows } = scoreRows('SPD', c.spdCodes, c.spdWeightsX100, c.spdIndex, tiersByCode);
  return { spdX100: totalX100, rows };
}

/** Fast path: SPD in hundredths for tiers index-aligned with `compiled.spdCodes`; unvalidated, no allocation. */
export function scoreSpdX100(compiled: CompiledEdition, tiers: ArrayLike<number>, offset = 0): number {
  const weightsX100 = compiled.spdWeightsX100;
  let sum = 0;
  for (let i = 0; i < weightsX100.length; i++)
    sum += (weightsX100[i] as number) * (tiers[offset + i] as number);
  return sum;
}

/** The highest SPD an edition allows, in hundredths: every row at tier 3 (6300 in IGA 2026). */
export function maxSpdX100(edition: TEditionPack): number {
  return scoreSpd(edition, Object.fromEntries(edition.spd.map((row) => [row.code, 3]))).spdX100;
}
