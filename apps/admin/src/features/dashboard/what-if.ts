import {
  compileEdition,
  countYandasCovered,
  scoreRegionTotals,
  type RegionScore,
  type TEditionPack,
} from '@inovda/domain';

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
 * The region's IID for one choice of innovations with the domain's `scoreRegionTotals` (exact rationals,
 * rounded half-up once): the same function `scoreRegion` and the server's dashboard use, fed with the
 * region's SPD score (`spdX100`, from dashboard.summary), n, the sum of verified maturities and the yandas
 * covered by the chosen innovations.
 */
export function computeWhatIf(
  edition: TEditionPack,
  spdX100: number,
  candidates: readonly TWhatIfInnovation[],
  included: ReadonlySet<string>,
  baselineIncluded: ReadonlySet<string>,
): TWhatIfResult {
  const compiled = compileEdition(edition);
  const scoreOf = (ids: ReadonlySet<string>) => {
    const chosen = candidates.filter((c) => ids.has(c.id));
    return scoreRegionTotals(compiled, {
      spdX100,
      innovationCount: chosen.length,
      sumMaturityX100: chosen.reduce((sum, c) => sum + c.maturityX100, 0),
      yandasCovered: countYandasCovered(chosen.map((c) => c.urusan)),
    });
  };
  const score = scoreOf(included);
  const baseline = scoreOf(baselineIncluded);
  return { score, baseline, deltaX100: score.iidX100 - baseline.iidX100 };
}

/** The set with `id` switched: added when absent, removed when present. Never mutates its input. */
export function toggleIncluded(included: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(included);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
