import { pickBestSize, type SidValue } from './pick-size.ts';
import type { PlannerConstants } from './planner-constants.ts';
import { buildSizeTable, rebuildSet, type PlannerItem } from './size-table.ts';

/** Highest maturity first; equal maturities keep their input order, so plans are deterministic. */
export function sortByMaturity(items: readonly PlannerItem[]): PlannerItem[] {
  return [...items].sort((a, b) => b.maturityX100 - a.maturityX100 || a.key - b.key);
}

/**
 * The subset with the highest SID (hence IID, since SPD does not depend on it): for every size n the best
 * set is exact (see `buildSizeTable`), and the sizes are compared as exact fractions. Returns the chosen
 * keys in input order and the SID value numerator / MAX(k, n) in hundredths.
 */
export function optimizeSet(
  items: readonly PlannerItem[],
  constants: PlannerConstants,
): { keys: number[]; value: SidValue } {
  const table = buildSizeTable(sortByMaturity(items), null, constants);
  const value = pickBestSize(table, constants);
  const keys = rebuildSet(table, value.n)
    .map((item) => item.key)
    .sort((a, b) => a - b);
  return { keys, value };
}
