import type { TEditionPack, TSidIndicator } from '@inovda/domain';

/** What the review shows for one indicator: its official texts and the option the OPD chose. */
export interface TIndicatorClaim {
  indicator: TSidIndicator;
  /** The measurement basis of indicator 33 (Kemanfaatan), when one was chosen. */
  basisMeasure: string | null;
  /** The option text for `tier` (under the chosen basis for indicator 33), or null for tier 0. */
  optionText: (tier: number) => string | null;
}

/** The indicator's option texts, following indicator 33's chosen basis when it has one. */
export function describeClaim(indicator: TSidIndicator, basis: string | null): TIndicatorClaim {
  const chosen = basis ? indicator.bases?.find((b) => b.code === basis) : undefined;
  const options = chosen?.options ?? indicator.options;
  return {
    indicator,
    basisMeasure: chosen ? `${chosen.code}. ${chosen.measure}` : null,
    optionText: (tier) => options.find((o) => o.tier === tier)?.text ?? null,
  };
}

/** The edition's SID indicators in their official order (16..35). */
export function listSidIndicators(edition: TEditionPack): TSidIndicator[] {
  return [...edition.sid].sort((a, b) => a.number - b.number);
}
