import type { TBands, TTierOption } from './schema-parts.ts';

/** The three parameter texts of an indicator, tier 1 to tier 3. */
export function tierTexts(p1: string, p2: string, p3: string): TTierOption[] {
  return [
    { tier: 1, text: p1 },
    { tier: 2, text: p2 },
    { tier: 3, text: p3 },
  ];
}

/** Bands where a larger value is better; cut-points in hundredths, inclusive (value >= cut). */
export function higherIsBetter(
  unit: TBands['unit'],
  tier2: number,
  tier3: number,
  tier1: number | null = null,
): TBands {
  return { direction: 'HIGHER_IS_BETTER', unit, cutX100: { tier1, tier2, tier3 } };
}

/** Bands where a smaller value is better; cut-points in hundredths, inclusive (value <= cut). */
export function lowerIsBetter(
  unit: TBands['unit'],
  tier2: number,
  tier3: number,
  tier1: number | null = null,
): TBands {
  return { direction: 'LOWER_IS_BETTER', unit, cutX100: { tier1, tier2, tier3 } };
}

/** Note for rows whose source bands overlap or are mis-ordered (reference §4.1). */
export const OVERLAP_NOTE =
  'Rentang sumber tumpang tindih/tidak berurutan; diterapkan sebagai batas berurutan, tingkat tertinggi diperiksa ' +
  'lebih dulu, nilai dibulatkan ke 2 desimal. Periksa terhadap Lampiran II.';
