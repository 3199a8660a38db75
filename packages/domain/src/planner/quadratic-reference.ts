// The planner's previous, quadratic pricing and ranking (one size table per innovation, every returned action
// re-planned from scratch), kept unchanged as the reference that the fast planner must match exactly: the
// property tests compare both on random portfolios and the benchmark times both. Not part of the public API.
import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import { describeAction, targetOf } from './describe-action.ts';
import { compareFractions } from './fraction.ts';
import type { NextAction } from './next-best-actions.ts';
import { optimizeSet, sortByMaturity } from './optimize-set.ts';
import { bestWithDelta, compareSid, listFrontier, pickBestSize, type SidValue } from './pick-size.ts';
import { buildPlanInput, yandasSlotOf, type PlanInput } from './plan-input.ts';
import { scoreChosen } from './plan-best-set.ts';
import { medianMaturity, type PricedCandidate, type TNextActionType } from './price-candidates.ts';
import { buildSizeTable, type PlannerItem } from './size-table.ts';

const laterMax = (current: SidValue, candidate: SidValue): SidValue =>
  compareSid(candidate, current) > 0 ? candidate : current;

function targetTiers(from: number): number[] {
  return from >= 3 ? [] : from + 1 === 3 ? [3] : [from + 1, 3];
}

const TYPE_ORDER: Record<TNextActionType, number> = {
  RAISE_INDICATOR: 0,
  FILL_SPD_ROW: 1,
  ADD_YANDAS_INNOVATION: 2,
};

/**
 * The previous pricing, kept as the reference the fast one is tested and benchmarked against.
 * Prices every candidate exactly without rescoring the region per candidate. Raising innovation Y by delta
 * only changes sets containing Y, so the new optimum is max(current optimum, best set containing Y + delta):
 * one size table per innovation (sets forced to contain Y) serves all of Y's candidates, and only sizes on
 * the table's frontier are evaluated per delta. SPD rows do not move the plan. Overall
 * O(n x (C(6, yandasMin) x n + candidates per innovation x frontier)).
 */
export function priceCandidatesQuadratic(
  edition: TEditionPack,
  portfolio: TPortfolio,
  input: PlanInput,
): PricedCandidate[] {
  const { constants, items } = input;
  const sorted = sortByMaturity(items);
  const current = pickBestSize(buildSizeTable(sorted, null, constants), constants);
  const out: PricedCandidate[] = [];

  for (const row of edition.spd) {
    const from = portfolio.spd[row.code] ?? 0;
    for (const to of targetTiers(from)) {
      const spdDeltaX100 = row.weightX100 * (to - from);
      out.push({
        type: 'FILL_SPD_ROW',
        code: row.code,
        from,
        to,
        spdDeltaX100,
        maturityDeltaX100: 0,
        after: current,
      });
    }
  }

  for (const item of items) {
    const innovation = portfolio.innovations[item.key];
    if (innovation === undefined) continue;
    const others = sorted.filter((other) => other.key !== item.key);
    const frontier = listFrontier(buildSizeTable(others, item, constants), constants);
    for (const indicator of edition.sid) {
      const from = innovation.indicators[indicator.code] ?? 0;
      for (const to of targetTiers(from)) {
        const maturityDeltaX100 = indicator.weightX100 * (to - from);
        const after = laterMax(current, bestWithDelta(frontier, maturityDeltaX100));
        out.push({
          type: 'RAISE_INDICATOR',
          key: item.key,
          code: indicator.code,
          from,
          to,
          spdDeltaX100: 0,
          maturityDeltaX100,
          after,
        });
      }
    }
  }

  if (items.length > 0) {
    const present = new Set(items.map((item) => item.slot));
    const assumedMaturityX100 = medianMaturity(items);
    YANDAS_URUSAN.forEach((urusan, slot) => {
      if (present.has(slot)) return;
      const added: PlannerItem = { key: items.length, maturityX100: assumedMaturityX100, slot };
      const after = laterMax(current, pickBestSize(buildSizeTable(sorted, added, constants), constants));
      out.push({
        type: 'ADD_YANDAS_INNOVATION',
        urusan,
        from: 0,
        to: 1,
        spdDeltaX100: 0,
        maturityDeltaX100: 0,
        assumedMaturityX100,
        after,
      });
    });
  }
  return out;
}

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
export function nextBestActionsQuadratic(
  edition: TEditionPack,
  portfolio: TPortfolio,
  { limit }: { limit: number },
): NextAction[] {
  const input = buildPlanInput(edition, portfolio);
  const plan = optimizeSet(input.items, input.constants);
  const before = scoreChosen(edition, portfolio, portfolio.spd, input.items, plan.keys);
  const baseNum = plan.value.numerator + input.spdX100 * plan.value.divisor;
  const baseDen = plan.value.divisor;
  const ranked = priceCandidatesQuadratic(edition, portfolio, input)
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
