import { compareFractions } from './fraction.ts';
import { divisorFor, type PlannerConstants } from './planner-constants.ts';
import type { SizeTable } from './size-table.ts';

/** A candidate SID value `numerator / divisor` (hundredths, SPD excluded) reached by a set of size `n`. */
export interface SidValue {
  readonly n: number;
  readonly numerator: number;
  readonly divisor: number;
}

/** Compares two SID values exactly. */
export function compareSid(a: SidValue, b: SidValue): number {
  return compareFractions(a.numerator, a.divisor, b.numerator, b.divisor);
}

/** The best size in the table; among equal values the larger set wins (more innovations reported). */
export function pickBestSize(table: SizeTable, constants: PlannerConstants): SidValue {
  let best: SidValue = { n: -1, numerator: -1, divisor: 1 };
  table.numerator.forEach((numerator, n) => {
    if (numerator < 0) return;
    const candidate = { n, numerator, divisor: divisorFor(constants, n) };
    if (best.n < 0 || compareSid(candidate, best) >= 0) best = candidate;
  });
  return best;
}

/**
 * The sizes that can still be optimal once every set gains the same extra maturity delta >= 0 (the forced
 * item is raised): with (numerator + delta) / divisor, a smaller divisor gains at least as much, so a size is
 * worth keeping only if at delta = 0 it beats every size with a smaller divisor.
 */
export function listFrontier(table: SizeTable, constants: PlannerConstants): SidValue[] {
  const frontier: SidValue[] = [];
  table.numerator.forEach((numerator, n) => {
    if (numerator < 0) return;
    const candidate = { n, numerator, divisor: divisorFor(constants, n) };
    const last = frontier.at(-1);
    if (last === undefined) frontier.push(candidate);
    else if (last.divisor === candidate.divisor) {
      if (candidate.numerator >= last.numerator) frontier[frontier.length - 1] = candidate;
    } else if (compareSid(candidate, last) > 0) frontier.push(candidate);
  });
  return frontier;
}

/** The best value over the frontier once every set's numerator grows by `delta`. */
export function bestWithDelta(frontier: readonly SidValue[], delta: number): SidValue {
  let best: SidValue = { n: -1, numerator: -1, divisor: 1 };
  for (const line of frontier) {
    const candidate = { n: line.n, numerator: line.numerator + delta, divisor: line.divisor };
    if (best.n < 0 || compareSid(candidate, best) >= 0) best = candidate;
  }
  return best;
}
