import type { TEditionPack } from '../editions/schema.ts';
import type { BilingualMessage } from '../portfolio/portfolio-issues.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { formatX100 } from '../scoring/format.ts';
import { roundHalfUpDivide } from '../scoring/integer-math.ts';
import { scoreSpd } from '../scoring/score-spd.ts';
import { describeAction, targetOf } from './describe-action.ts';
import { compareFractions } from './fraction.ts';
import { optimizeSet } from './optimize-set.ts';
import { buildPlanInput, type PlanInput } from './plan-input.ts';
import { scoreChosen } from './plan-best-set.ts';
import { priceCandidates, type PricedCandidate, type TNextActionType } from './price-candidates.ts';

/** A proposed improvement, with its effect on the IID when the best set is re-planned afterwards. */
export interface NextAction {
  type: TNextActionType;
  /** Where it applies: `innovations[3].indicators.32`, `spd.2a` or `urusan.sosial`. */
  target: string;
  innovationId?: string;
  code?: string;
  urusan?: string;
  /** Tier before and after (for an added innovation: innovations in that urusan, 0 -> 1). */
  from: number;
  to: number;
  /** IID gain in hundredths: rounded IID after minus rounded IID before (both for the best set). */
  gainX100: number;
  /** The IID after the action, as the domain prints it ('65.01'). */
  iidAfter: string;
  /** For ADD_YANDAS_INNOVATION: the maturity the estimate assumes (the portfolio median), in hundredths. */
  assumedMaturityX100?: number;
  description: BilingualMessage;
}

const TYPE_ORDER: Record<TNextActionType, number> = {
  RAISE_INDICATOR: 0,
  FILL_SPD_ROW: 1,
  ADD_YANDAS_INNOVATION: 2,
};

function totalAfter(input: PlanInput, candidate: PricedCandidate): [number, number] {
  const { numerator, divisor } = candidate.after;
  return [numerator + (input.spdX100 + candidate.spdDeltaX100) * divisor, divisor];
}

/**
 * The IID after a candidate, from its exact priced optimum: the same half-up rounding of total / totalMax as
 * `scoreRegionTotals`, with the SPD rescored when the candidate fills an SPD row. The priced optimum is the
 * exact best set after the action (checked against brute force and against re-planning from scratch in the
 * tests), so no action needs a re-plan of the whole portfolio: any `limit` costs O(limit) here.
 */
function iidAfterX100(
  edition: TEditionPack,
  portfolio: TPortfolio,
  input: PlanInput,
  candidate: PricedCandidate,
) {
  const spdX100 =
    candidate.type === 'FILL_SPD_ROW'
      ? scoreSpd(edition, { ...portfolio.spd, [candidate.code ?? '']: candidate.to }).spdX100
      : input.spdX100;
  const { numerator, divisor } = candidate.after;
  return roundHalfUpDivide((spdX100 * divisor + numerator) * 100, divisor * edition.constants.totalMax.value);
}

/**
 * Candidate improvements ranked by their exact IID gain, best first: raise indicator X of innovation Y one
 * tier or to tier 3, fill or raise SPD row r, add an innovation in a yandas urusan the portfolio lacks
 * (estimated at the portfolio's median maturity, stated in the action). The gain assumes the best set is
 * re-planned after the action. Candidates that cannot raise the exact score are dropped; equal gains
 * prefer the smaller step. Priced incrementally (see `priceCandidates`) in O(n log n) for the whole
 * portfolio; the figures of the returned `limit` actions follow from their exact priced optimum.
 */
export function nextBestActions(
  edition: TEditionPack,
  portfolio: TPortfolio,
  { limit }: { limit: number },
): NextAction[] {
  const input = buildPlanInput(edition, portfolio);
  const plan = optimizeSet(input.items, input.constants);
  const before = scoreChosen(edition, portfolio, portfolio.spd, input.items, plan.keys);
  const baseNum = plan.value.numerator + input.spdX100 * plan.value.divisor;
  const baseDen = plan.value.divisor;
  const improving: { candidate: PricedCandidate; total: [number, number] }[] = [];
  for (const candidate of priceCandidates(edition, portfolio, input, { improvingOnly: true })) {
    const total = totalAfter(input, candidate);
    if (compareFractions(total[0], total[1], baseNum, baseDen) > 0) improving.push({ candidate, total });
  }
  const ranked = improving
    .sort(
      (a, b) =>
        compareFractions(b.total[0], b.total[1], a.total[0], a.total[1]) ||
        a.candidate.to - a.candidate.from - (b.candidate.to - b.candidate.from) ||
        TYPE_ORDER[a.candidate.type] - TYPE_ORDER[b.candidate.type] ||
        (a.candidate.key ?? 0) - (b.candidate.key ?? 0),
    )
    .slice(0, Math.max(0, limit));
  return ranked.map(({ candidate }) => {
    const afterX100 = iidAfterX100(edition, portfolio, input, candidate);
    return {
      type: candidate.type,
      target: targetOf(candidate),
      ...(candidate.key === undefined
        ? {}
        : { innovationId: portfolio.innovations[candidate.key]?.id ?? '' }),
      ...(candidate.code === undefined ? {} : { code: candidate.code }),
      ...(candidate.urusan === undefined ? {} : { urusan: candidate.urusan }),
      from: candidate.from,
      to: candidate.to,
      gainX100: afterX100 - before.iidX100,
      iidAfter: formatX100(afterX100),
      ...(candidate.assumedMaturityX100 === undefined
        ? {}
        : { assumedMaturityX100: candidate.assumedMaturityX100 }),
      description: describeAction(edition, portfolio, candidate),
    };
  });
}
