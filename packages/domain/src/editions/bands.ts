import type { TBands } from './schema-parts.ts';

/**
 * The tier (0..3) that a value in hundredths reaches under the bands, checking tier 3 first (cut-points are
 * inclusive; see `ZBands`). A value beyond the tier-1 cut (when there is one) scores 0.
 */
export function tierFromBands(bands: TBands, valueX100: number): 0 | 1 | 2 | 3 {
  const { tier1, tier2, tier3 } = bands.cutX100;
  const reaches =
    bands.direction === 'HIGHER_IS_BETTER'
      ? (cut: number) => valueX100 >= cut
      : (cut: number) => valueX100 <= cut;
  if (reaches(tier3)) return 3;
  if (reaches(tier2)) return 2;
  if (tier1 === null || reaches(tier1)) return 1;
  return 0;
}
