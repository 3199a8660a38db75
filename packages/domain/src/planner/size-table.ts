import { countScoreFor, divisorFor, type PlannerConstants } from './planner-constants.ts';

/** An innovation as the planner sees it: its maturity and its yandas slot (-1 for a non-yandas urusan). */
export interface PlannerItem {
  readonly key: number;
  readonly maturityX100: number;
  readonly slot: number;
}

/**
 * For every set size n, the best SID numerator over sets of that size, i.e. the largest
 * `sum of maturities + (yandas rule met ? count score x MAX(k, n) : 0)` so that the SID is numerator / MAX(k, n).
 * With a `forced` item only sets containing it are considered (used to price changes to one innovation).
 */
export interface SizeTable {
  readonly sorted: readonly PlannerItem[];
  readonly forced: PlannerItem | null;
  /** numerator[n], or -1 when no set of size n exists. */
  readonly numerator: readonly number[];
  /** -1: the top-n set; otherwise the index in `covers` of the yandas slots represented. */
  readonly choice: Int32Array;
  readonly covers: readonly (readonly number[])[];
}

function combinations(pool: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  const out: number[][] = [];
  pool.forEach((first, i) => {
    for (const rest of combinations(pool.slice(i + 1), size - 1)) out.push([first, ...rest]);
  });
  return out;
}

/**
 * Builds the table in O(C(6, yandasMin) x n). For a fixed size, the best set either is the top-n by maturity
 * or, to meet the yandas rule, holds the best innovation of each slot in some set U of `yandasMin` slots
 * (an exchange argument: swapping any other representative for the best of its slot never lowers the sum)
 * and fills up with the best remaining ones. Trying every U makes the per-size optimum exact.
 */
export function buildSizeTable(
  sorted: readonly PlannerItem[],
  forced: PlannerItem | null,
  constants: PlannerConstants,
): SizeTable {
  const base = forced === null ? 0 : 1;
  const size = sorted.length + base;
  const numerator = Array.from({ length: size + 1 }, () => -1);
  const choice = new Int32Array(size + 1).fill(-1);
  const rule = (n: number): number => countScoreFor(constants, n) * divisorFor(constants, n);

  const seen = new Set<number>();
  if (forced !== null && forced.slot >= 0) seen.add(forced.slot);
  let sum = forced?.maturityX100 ?? 0;
  for (let n = base; n <= size; n++) {
    const next = n > base ? sorted[n - base - 1] : undefined;
    if (next !== undefined) {
      sum += next.maturityX100;
      if (next.slot >= 0) seen.add(next.slot);
    }
    numerator[n] = sum + (seen.size >= constants.yandasMin ? rule(n) : 0);
  }
  if (constants.yandasMin === 0) return { sorted, forced, numerator, choice, covers: [] };

  const bestOfSlot = new Map<number, number>();
  sorted.forEach((item, i) => {
    if (item.slot >= 0 && !bestOfSlot.has(item.slot)) bestOfSlot.set(item.slot, i);
  });
  const available = [
    ...new Set([...bestOfSlot.keys(), ...(forced && forced.slot >= 0 ? [forced.slot] : [])]),
  ];
  const covers = combinations(
    available.sort((a, b) => a - b),
    constants.yandasMin,
  );
  covers.forEach((cover, coverIndex) => {
    const reps = new Set<number>();
    for (const slot of cover) if (slot !== forced?.slot) reps.add(bestOfSlot.get(slot) ?? -1);
    let coverSum = forced?.maturityX100 ?? 0;
    for (const i of reps) coverSum += sorted[i]?.maturityX100 ?? 0;
    let n = base + reps.size;
    let cursor = 0;
    for (;;) {
      const candidate = coverSum + rule(n);
      if (candidate > (numerator[n] ?? -1)) {
        numerator[n] = candidate;
        choice[n] = coverIndex;
      }
      while (cursor < sorted.length && reps.has(cursor)) cursor++;
      const next = sorted[cursor++];
      if (next === undefined) break;
      coverSum += next.maturityX100;
      n++;
    }
  });
  return { sorted, forced, numerator, choice, covers };
}

/** The items of the best set of size n recorded in the table (forced item first). */
export function rebuildSet(table: SizeTable, n: number): PlannerItem[] {
  const chosen: PlannerItem[] = table.forced === null ? [] : [table.forced];
  const cover = table.covers[table.choice[n] ?? -1];
  if (cover === undefined) return [...chosen, ...table.sorted.slice(0, n - chosen.length)];
  const reps = new Set<number>();
  for (const slot of cover) {
    if (slot === table.forced?.slot) continue;
    const index = table.sorted.findIndex((item) => item.slot === slot);
    reps.add(index);
    chosen.push(table.sorted[index] as PlannerItem);
  }
  for (let i = 0; i < table.sorted.length && chosen.length < n; i++) {
    if (!reps.has(i)) chosen.push(table.sorted[i] as PlannerItem);
  }
  return chosen;
}
