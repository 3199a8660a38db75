import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { scoreRegion, type RegionScore } from '../scoring/score-region.ts';
import { optimizeSet } from './optimize-set.ts';
import { buildPlanInput } from './plan-input.ts';
import type { PlannerItem } from './size-table.ts';

/** The best set of innovations to send, next to the score of sending everything. */
export interface BestSetPlan {
  /** Ids to send, in portfolio order. */
  sendIds: string[];
  /** Ids better left out (they lower the average more than they add). */
  excludedIds: string[];
  /** The region score when only `sendIds` are sent. */
  best: RegionScore;
  /** The region score when every innovation of the portfolio is sent. */
  all: RegionScore;
  /** best.iidX100 - all.iidX100, in hundredths of an IID point (never negative). */
  gainX100: number;
}

/** Scores a chosen set of innovations with the domain's region scoring. */
export function scoreChosen(
  edition: TEditionPack,
  portfolio: TPortfolio,
  spd: Record<string, number>,
  items: readonly PlannerItem[],
  keys: readonly number[],
): RegionScore {
  const innovations = keys.map((key) => {
    const innovation = portfolio.innovations[key];
    const item = items[key];
    if (innovation === undefined || item === undefined) throw new Error(`planner: no innovation ${key}`);
    return { id: innovation.id, urusan: innovation.urusan, maturityX100: item.maturityX100 };
  });
  return scoreRegion(edition, { spd, innovations });
}

/**
 * The subset of the portfolio's innovations that maximises the IID of the edition: the average maturity is
 * divided by MAX(k, n) and the count score MIN(n, cap) x weight needs `yandasMin` yandas urusan, so the best
 * set is neither "all" nor "the top k". Exact: every size is optimised (yandas representatives + the best
 * of the rest) and sizes are compared as fractions, never floats. Among equal IIDs the larger set is kept.
 * Runs in O(C(6, yandasMin) x n) after sorting; tested against brute force on small portfolios.
 */
export function planBestSet(edition: TEditionPack, portfolio: TPortfolio): BestSetPlan {
  const input = buildPlanInput(edition, portfolio);
  const { keys } = optimizeSet(input.items, input.constants);
  const chosen = new Set(keys);
  const best = scoreChosen(edition, portfolio, portfolio.spd, input.items, keys);
  const all = scoreChosen(
    edition,
    portfolio,
    portfolio.spd,
    input.items,
    input.items.map((item) => item.key),
  );
  return {
    sendIds: keys.map((key) => portfolio.innovations[key]?.id ?? ''),
    excludedIds: portfolio.innovations
      .filter((_, key) => !chosen.has(key))
      .map((innovation) => innovation.id),
    best,
    all,
    gainX100: best.iidX100 - all.iidX100,
  };
}
