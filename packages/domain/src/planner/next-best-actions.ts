import type { TEditionPack } from '../editions/schema.ts';
import type { BilingualMessage } from '../portfolio/portfolio-issues.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { describeAction, targetOf } from './describe-action.ts';
import { compareFractions } from './fraction.ts';
import { optimizeSet } from './optimize-set.ts';
import { buildPlanInput, yandasSlotOf, type PlanInput } from './plan-input.ts';
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

/** Applies a candidate and re-plans from scratch, scoring the new best set with the domain's region scoring. */
function verify(edition: TEditionPack, portfolio: TPortfolio, input: PlanInput, candidate: PricedCandidate) {
  const spd =
    candidate.type === 'FILL_SPD_ROW'
      ? { ...portfolio.spd, [candidate.code ?? '']: candidate.to }
      : portfolio.spd;
  const items = input.items.map((item) =>
    item.key === candidate.key
      ? { ...item, maturityX100: item.maturityX100 + candidate.maturityDeltaX100 }
      : item,
  );
  let target = portfolio;
  if (candidate.type === 'ADD_YANDAS_INNOVATION') {
    items.push({
      key: items.length,
      maturityX100: candidate.assumedMaturityX100 ?? 0,
      slot: yandasSlotOf(candidate.urusan ?? ''),
    });
    const added = { id: '(baru)', urusan: candidate.urusan ?? '', indicators: {} };
    target = { ...portfolio, innovations: [...portfolio.innovations, added] };
  }
  return scoreChosen(edition, target, spd, items, optimizeSet(items, input.constants).keys);
}

/**
 * Candidate improvements ranked by their exact IID gain, best first: raise indicator X of innovation Y one
 * tier or to tier 3, fill or raise SPD row r, add an innovation in a yandas urusan the portfolio lacks
 * (estimated at the portfolio's median maturity, stated in the action). The gain assumes the best set is
 * re-planned after the action. Candidates that cannot raise the exact score are dropped; equal gains
 * prefer the smaller step. Priced incrementally (see `priceCandidates`); only the returned `limit`
 * actions are re-planned and rescored in full for their reported figures.
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
  const ranked = priceCandidates(edition, portfolio, input)
    .map((candidate) => ({ candidate, total: totalAfter(input, candidate) }))
    .filter(({ total }) => compareFractions(total[0], total[1], baseNum, baseDen) > 0)
    .sort(
      (a, b) =>
        compareFractions(b.total[0], b.total[1], a.total[0], a.total[1]) ||
        a.candidate.to - a.candidate.from - (b.candidate.to - b.candidate.from) ||
        TYPE_ORDER[a.candidate.type] - TYPE_ORDER[b.candidate.type] ||
        (a.candidate.key ?? 0) - (b.candidate.key ?? 0),
    )
    .slice(0, Math.max(0, limit));
  return ranked.map(({ candidate }) => {
    const after = verify(edition, portfolio, input, candidate);
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
      gainX100: after.iidX100 - before.iidX100,
      iidAfter: after.iid,
      ...(candidate.assumedMaturityX100 === undefined
        ? {}
        : { assumedMaturityX100: candidate.assumedMaturityX100 }),
      description: describeAction(edition, portfolio, candidate),
    };
  });
}
