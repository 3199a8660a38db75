import { scoreRegion, type RegionScore, type TEditionPack } from '@inovda/domain';

/** A candidate for the national submission: its verified maturity (hundredths) and urusan slug. */
export interface TWhatIfInnovation {
  id: string;
  name: string;
  unitName: string;
  maturityX100: number;
  urusan: string;
}

export interface TWhatIfResult {
  score: RegionScore;
  /** The same region with the admin's current send decision, for the delta. */
  baseline: RegionScore;
  /** score.iidX100 - baseline.iidX100, exact hundredths. */
  deltaX100: number;
}

/**
 * The region's IID for one choice of innovations, computed with the domain's `scoreRegion` (exact rationals,
 * rounded half-up once), so the number is the one the server and the national formula give.
 */
export function computeWhatIf(
  edition: TEditionPack,
  spd: Readonly<Record<string, number>>,
  candidates: readonly TWhatIfInnovation[],
  included: ReadonlySet<string>,
  baselineIncluded: ReadonlySet<string>,
): TWhatIfResult {
  const pick = (ids: ReadonlySet<string>) =>
    candidates
      .filter((c) => ids.has(c.id))
      .map((c) => ({ id: c.id, maturityX100: c.maturityX100, urusan: c.urusan }));
  const score = scoreRegion(edition, { spd, innovations: pick(included) });
  const baseline = scoreRegion(edition, { spd, innovations: pick(baselineIncluded) });
  return { score, baseline, deltaX100: score.iidX100 - baseline.iidX100 };
}

/** The set with `id` switched: added when absent, removed when present. Never mutates its input. */
export function toggleIncluded(included: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(included);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
