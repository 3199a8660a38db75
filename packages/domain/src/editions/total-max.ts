import type { TEditionPackBase } from './schema.ts';

/** What the highest total of a pack is made of: its weights and the innovation count's weight and cap. */
export type TotalMaxInput = Pick<TEditionPackBase, 'spd' | 'sid'> & {
  readonly constants: Pick<TEditionPackBase['constants'], 'countWeightX100' | 'countCap'>;
};

/**
 * The total a pack's weights add up to at the top, in hundredths: 3 x (SPD weights + SID weights) + count weight
 * x cap (25000, a total of 250, in IGA 2026). `constants.totalMax` must equal it, so that every IID stays within
 * 0..100 (`validateEditionPack` reports a pack where it does not).
 */
export function expectedTotalMaxX100(pack: TotalMaxInput): number {
  const sum = (rows: readonly { weightX100: number }[]) => rows.reduce((acc, r) => acc + r.weightX100, 0);
  const c = pack.constants;
  return 3 * sum(pack.spd) + 3 * sum(pack.sid) + c.countWeightX100.value * c.countCap.value;
}
