import type { TEditionPack } from '../editions/schema.ts';

/**
 * An edition prepared for fast scoring: index-aligned weight arrays (integer hundredths) for SID and SPD,
 * code -> index maps and the constants as plain numbers. Built once per pack object and cached.
 */
export interface CompiledEdition {
  readonly edition: TEditionPack;
  readonly sidCodes: readonly string[];
  readonly sidWeightsX100: Int32Array;
  readonly sidIndex: ReadonlyMap<string, number>;
  readonly spdCodes: readonly string[];
  readonly spdWeightsX100: Int32Array;
  readonly spdIndex: ReadonlyMap<string, number>;
  readonly minDivisor: number;
  readonly countWeightX100: number;
  readonly countCap: number;
  readonly yandasMin: number;
  readonly totalMax: number;
  readonly predicateBands: TEditionPack['constants']['predicateBands']['value'];
}

const cache = new WeakMap<TEditionPack, CompiledEdition>();

function weights(rows: readonly { weightX100: number }[]): Int32Array {
  return Int32Array.from(rows, (row) => row.weightX100);
}

function indexOf(rows: readonly { code: string }[]): Map<string, number> {
  return new Map(rows.map((row, i) => [row.code, i]));
}

/**
 * Compiles (or returns the cached compilation of) a rule pack. Packs are treated as immutable: a caller that
 * edits a pack object after scoring with it must score a fresh copy instead.
 */
export function compileEdition(edition: TEditionPack): CompiledEdition {
  const cached = cache.get(edition);
  if (cached) return cached;
  const c = edition.constants;
  const compiled: CompiledEdition = {
    edition,
    sidCodes: edition.sid.map((i) => i.code),
    sidWeightsX100: weights(edition.sid),
    sidIndex: indexOf(edition.sid),
    spdCodes: edition.spd.map((r) => r.code),
    spdWeightsX100: weights(edition.spd),
    spdIndex: indexOf(edition.spd),
    minDivisor: c.minDivisor.value,
    countWeightX100: c.countWeightX100.value,
    countCap: c.countCap.value,
    yandasMin: c.yandasMin.value,
    totalMax: c.totalMax.value,
    predicateBands: c.predicateBands.value,
  };
  cache.set(edition, compiled);
  return compiled;
}
