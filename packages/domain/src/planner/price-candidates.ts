import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import { sortByMaturity } from './optimize-set.ts';
import { bestWithDelta, compareSid, listFrontier, pickBestSize, type SidValue } from './pick-size.ts';
import type { PlanInput } from './plan-input.ts';
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
 * only changes sets containing Y, so the new optimum is max(current optimum, best set containing Y + delta):
 * one size table per innovation (sets forced to contain Y) serves all of Y's candidates, and only sizes on
 * the table's frontier are evaluated per delta. SPD rows do not move the plan. Overall
 * O(n x (C(6, yandasMin) x n + candidates per innovation x frontier)).
 */
export function priceCandidates(
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
