import type { TEditionPack } from '../editions/schema.ts';
import { nextBestActions, type NextAction } from '../planner/next-best-actions.ts';
import { planBestSet } from '../planner/plan-best-set.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import type { Predicate } from '../scoring/predicate.ts';

/** One next action of a {@link PlanReport}: the planner's action with IID values as JSON numbers (points). */
export type PlanReportAction = Omit<NextAction, 'gainX100' | 'iidAfter' | 'assumedMaturityX100'> & {
  /** IID points gained (rounded IID after minus before, best set re-planned afterwards). */
  gain: number;
  /** The IID after the action, in points. */
  iidAfter: number;
  /** For an added innovation: the maturity the estimate assumes (the portfolio median), in points. */
  assumedMaturity?: number;
};

/**
 * The `inovda plan --json` report (and the body of `POST /api/v1/plan`): the score of sending everything, the
 * best set to send, and the next actions ranked by IID gain. IID values are points with 2 decimals.
 */
export interface PlanReport {
  edition: string;
  all: { innovationCount: number; iid: number; predicate: Predicate };
  best: {
    innovationCount: number;
    iid: number;
    predicate: Predicate;
    /** best.iid - all.iid, never negative. */
    gain: number;
    /** Ids to send, in portfolio order. */
    send: string[];
    /** Ids better left out. */
    exclude: string[];
  };
  actions: PlanReportAction[];
}

/** Default number of next actions in a plan. */
export const DEFAULT_PLAN_LIMIT = 10;

/**
 * Plans a validated portfolio with the domain planner (`planBestSet`, `nextBestActions` with `limit`) and
 * shapes the result as a {@link PlanReport}.
 */
export function planPortfolio(edition: TEditionPack, portfolio: TPortfolio, limit: number): PlanReport {
  const plan = planBestSet(edition, portfolio);
  const actions = nextBestActions(edition, portfolio, { limit });
  return {
    edition: edition.code,
    all: {
      innovationCount: plan.all.innovationCount,
      iid: plan.all.iidX100 / 100,
      predicate: plan.all.predicate,
    },
    best: {
      innovationCount: plan.best.innovationCount,
      iid: plan.best.iidX100 / 100,
      predicate: plan.best.predicate,
      gain: plan.gainX100 / 100,
      send: plan.sendIds,
      exclude: plan.excludedIds,
    },
    actions: actions.map(({ gainX100, iidAfter, assumedMaturityX100, description, ...action }) => ({
      ...action,
      gain: gainX100 / 100,
      iidAfter: Number(iidAfter),
      ...(assumedMaturityX100 === undefined ? {} : { assumedMaturity: assumedMaturityX100 / 100 }),
      description,
    })),
  };
}
