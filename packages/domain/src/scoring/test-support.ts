import { IGA_2026 } from '../editions/iga-2026.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import type { RegionInnovation } from './score-region.ts';

/** SPD tiers worth exactly 40 points in IGA 2026: every row tier 2 (42) with row 12 (weight 2) at tier 1. */
export const SPD_40: Record<string, number> = {
  ...Object.fromEntries(IGA_2026.spd.map((row) => [row.code, 2])),
  '12': 1,
};

/** SPD tiers worth the maximum 63 points. */
export const SPD_63: Record<string, number> = Object.fromEntries(IGA_2026.spd.map((row) => [row.code, 3]));

/**
 * `count` innovations of equal maturity whose urusan cycle through the first `yandas` yandas slugs (the rest,
 * and any beyond, get the non-yandas `pariwisata`).
 */
export function makeInnovations(count: number, maturityX100: number, yandas: number): RegionInnovation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `x${i}`,
    maturityX100,
    urusan: i < yandas ? (YANDAS_URUSAN[i] ?? 'pariwisata') : 'pariwisata',
  }));
}
