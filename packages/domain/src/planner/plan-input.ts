import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { scoreInnovation } from '../scoring/score-innovation.ts';
import { scoreSpd } from '../scoring/score-spd.ts';
import { YANDAS_URUSAN } from '../urusan/urusan.ts';
import { readPlannerConstants, type PlannerConstants } from './planner-constants.ts';
import type { PlannerItem } from './size-table.ts';

/** A portfolio reduced to what the planner optimises: maturities, yandas slots and the SPD score. */
export interface PlanInput {
  readonly constants: PlannerConstants;
  readonly spdX100: number;
  /** One item per innovation; `key` is its index in `portfolio.innovations`. */
  readonly items: readonly PlannerItem[];
}

/** The yandas slot (0..5) of an urusan slug, or -1 for a non-yandas urusan. */
export function yandasSlotOf(urusan: string): number {
  return (YANDAS_URUSAN as readonly string[]).indexOf(urusan);
}

/** Scores every innovation once with the domain's scoring and keeps the numbers the planner needs. */
export function buildPlanInput(edition: TEditionPack, portfolio: TPortfolio): PlanInput {
  return {
    constants: readPlannerConstants(edition),
    spdX100: scoreSpd(edition, portfolio.spd).spdX100,
    items: portfolio.innovations.map((innovation, key) => ({
      key,
      maturityX100: scoreInnovation(edition, innovation.indicators).maturityX100,
      slot: yandasSlotOf(innovation.urusan),
    })),
  };
}
