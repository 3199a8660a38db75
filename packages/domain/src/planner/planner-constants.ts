import type { TEditionPack } from '../editions/schema.ts';

/** The edition constants the planner's objective needs, read once from the pack. */
export interface PlannerConstants {
  /** k in MAX(k, n). */
  readonly minDivisor: number;
  /** Count score per innovation in hundredths (0.38 -> 38). */
  readonly countWeightX100: number;
  /** Only the first `countCap` innovations earn the count score. */
  readonly countCap: number;
  /** Distinct yandas urusan needed before the count score counts. */
  readonly yandasMin: number;
}

/** Reads the planner constants of an edition. */
export function readPlannerConstants(edition: TEditionPack): PlannerConstants {
  const { minDivisor, countWeightX100, countCap, yandasMin } = edition.constants;
  return {
    minDivisor: minDivisor.value,
    countWeightX100: countWeightX100.value,
    countCap: countCap.value,
    yandasMin: yandasMin.value,
  };
}

/** MAX(k, n). */
export function divisorFor(constants: PlannerConstants, n: number): number {
  return Math.max(constants.minDivisor, n);
}

/** MIN(n, cap) x weight in hundredths, the count score when the yandas rule holds. */
export function countScoreFor(constants: PlannerConstants, n: number): number {
  return Math.min(n, constants.countCap) * constants.countWeightX100;
}
