import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import { sortByMaturity } from './optimize-set.ts';
import { compareSid, pickBestSize, type SidValue } from './pick-size.ts';
import type { PlanInput } from './plan-input.ts';
import { bestSetsContaining, type RaiseRequest } from './raise-envelope.ts';
import { buildSizeTable, type PlannerItem } from './size-table.ts';

/** The kinds of improvement the planner proposes. */
export type TNextActionType = 'RAISE_INDICATOR' | 'FILL_SPD_ROW' | 'ADD_YANDAS_INNOVATION';

/** One priced improvement: what changes and the best SID reachable afterwards (exact). */
export interface PricedCandidate {
  type: TNextActionType;
  /** Innovation index (RAISE_INDICATOR). */
  key?: number;
  /** Indicator or SPD row code. */
  code?: string;
  /** Yandas urusan slug (ADD_YANDAS_INNOVATION). */
  urusan?: string;
  from: number;
  to: number;
  spdDeltaX100: number;
  maturityDeltaX100: number;
  /** Maturity assumed for an added innovation. */
  assumedMaturityX100?: number;
  after: SidValue;
}

const laterMax = (current: SidValue, candidate: SidValue): SidValue =>
  compareSid(candidate, current) > 0 ? candidate : current;

/** Target tiers for a current tier: one step up and, when different, straight to 3. */
function targetTiers(from: number): number[] {
  return from >= 3 ? [] : from + 1 === 3 ? [3] : [from + 1, 3];
}

/** The lower median maturity of the portfolio, the stated assumption for an innovation yet to be added. */
export function medianMaturity(items: readonly PlannerItem[]): number {
  const sorted = items.map((item) => item.maturityX100).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * Prices every candidate exactly without rescoring the region per candidate. Raising innovation Y by delta
 * only changes sets containing Y, so the new optimum is max(current optimum, best set containing Y + delta).
 * The best sets containing Y are read, for every innovation and delta at once, from a few families of lines
 * that do not depend on Y (see `bestSetsContaining`): O(n log n) overall instead of one size table per
 * innovation. SPD rows do not move the plan. Equal to the previous per-innovation pricing
 * (`quadratic-reference.ts`) and to brute force, which the property tests check. `improvingOnly` leaves out
 * the raises that cannot beat the current optimum (most of them in a large portfolio).
 */
export function priceCandidates(
  edition: TEditionPack,
  portfolio: TPortfolio,
  input: PlanInput,
  { improvingOnly = false }: { improvingOnly?: boolean } = {},
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

  // One request per distinct (maturity, slot, delta): innovations with the same maturity and slot are
  // interchangeable, so they share the best set containing them. A first pass collects the requests, a second
  // one (same order) builds the candidates, skipping the ones that cannot raise the score when asked to.
  const positionOf = new Map<number, number>();
  sorted.forEach((item, position) => positionOf.set(item.key, position));
  const requests: RaiseRequest[] = [];
  const requestsOfClass = new Map<string, Map<number, number>>();
  const requestOfRaise: number[] = [];
  for (const item of items) {
    const innovation = portfolio.innovations[item.key];
    const position = positionOf.get(item.key);
    if (innovation === undefined || position === undefined) continue;
    const classKey = `${item.maturityX100}/${item.slot}`;
    let requestOf = requestsOfClass.get(classKey);
    if (requestOf === undefined) {
      requestOf = new Map();
      requestsOfClass.set(classKey, requestOf);
    }
    for (const indicator of edition.sid) {
      const from = innovation.indicators[indicator.code] ?? 0;
      for (const to of targetTiers(from)) {
        const delta = indicator.weightX100 * (to - from);
        let request = requestOf.get(delta);
        if (request === undefined) {
          request = requests.push({ position, delta }) - 1;
          requestOf.set(delta, request);
        }
        requestOfRaise.push(request);
      }
    }
  }
  const containing = bestSetsContaining(sorted, requests, constants);
  let raise = 0;
  for (const item of items) {
    const innovation = portfolio.innovations[item.key];
    if (innovation === undefined || !positionOf.has(item.key)) continue;
    for (const indicator of edition.sid) {
      const from = innovation.indicators[indicator.code] ?? 0;
      for (const to of targetTiers(from)) {
        const best = containing[requestOfRaise[raise++] ?? -1];
        const after = best === undefined || best.n < 0 ? current : laterMax(current, best);
        if (improvingOnly && after === current) continue;
        out.push({
          type: 'RAISE_INDICATOR',
          key: item.key,
          code: indicator.code,
          from,
          to,
          spdDeltaX100: 0,
          maturityDeltaX100: indicator.weightX100 * (to - from),
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
