import { compareFractions } from './fraction.ts';
import type { SidValue } from './pick-size.ts';
import { countScoreFor, divisorFor, type PlannerConstants } from './planner-constants.ts';
import type { PlannerItem } from './size-table.ts';

/** Raise the innovation at `position` of the sorted list by `delta` (hundredths, >= 0). */
export interface RaiseRequest {
  readonly position: number;
  readonly delta: number;
}

/**
 * A family of sets that contain the raised innovation Y: the best innovation of every yandas slot in `mask`,
 * Y, and the best of the rest (the exchange argument of `buildSizeTable`, with Y forced). `ruleOn` says whether
 * the count score applies (the slots of `mask`, plus Y's own slot for a mask of yandasMin - 1 slots, cover the
 * yandas rule). The empty mask without the rule is the plain "Y plus the top n - 1" family.
 */
interface Family {
  readonly mask: number;
  readonly size: number;
  readonly ruleOn: boolean;
  /** Y's slot must be a yandas slot (a mask of yandasMin - 1 slots that Y completes). */
  readonly needsYandasY: boolean;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

function listFamilies(availableMask: number, yandasMin: number): Family[] {
  if (yandasMin === 0) return [{ mask: 0, size: 0, ruleOn: true, needsYandasY: false }];
  const families: Family[] = [{ mask: 0, size: 0, ruleOn: false, needsYandasY: false }];
  for (let mask = 0; mask < 64; mask++) {
    if ((mask & availableMask) !== mask) continue;
    const size = popcount(mask);
    if (size === yandasMin - 1) families.push({ mask, size, ruleOn: true, needsYandasY: true });
    else if (size === yandasMin) families.push({ mask, size, ruleOn: true, needsYandasY: false });
  }
  return families;
}

/** Sorted distinct values and, per input value, its index among them. */
function indexValues(values: Float64Array): { xs: Float64Array; index: Int32Array } {
  const xs = Float64Array.from(values).sort();
  let unique = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[unique - 1]) xs[unique++] = xs[i] ?? 0;
  const distinct = xs.slice(0, unique);
  const index = new Int32Array(values.length);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = unique - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((distinct[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    index[i] = lo;
  });
  return { xs: distinct, index };
}

/**
 * A Li Chao tree over a fixed, sorted set of query points for the lines n -> (intercept[n] + x) / MAX(k, n):
 * every point answers the line with the highest exact value there, the larger n on a tie (the larger set, as
 * `pickBestSize` prefers). Two such lines cross at most once, so each node keeps the winner at its middle
 * point and passes the loser down to the one half where it can still win. O(log points) per insert and query.
 */
class LineTree {
  private readonly node: Int32Array;

  /**
   * `exact`: every (intercept + x) x divisor is a safe integer, so plain products compare exactly; otherwise
   * `compareFractions` (BigInt beyond safe integers).
   */
  constructor(
    private readonly xs: Float64Array,
    private readonly intercept: Float64Array,
    private readonly divisor: Float64Array,
    private readonly exact: boolean,
  ) {
    this.node = new Int32Array(Math.max(1, 4 * xs.length)).fill(-1);
  }

  reset(): void {
    this.node.fill(-1);
  }

  /** Line a beats line b at point x (ties: the larger n). */
  private beats(a: number, b: number, x: number): boolean {
    const numeratorA = (this.intercept[a] ?? 0) + x;
    const numeratorB = (this.intercept[b] ?? 0) + x;
    const divisorA = this.divisor[a] ?? 1;
    const divisorB = this.divisor[b] ?? 1;
    if (this.exact) {
      const left = numeratorA * divisorB;
      const right = numeratorB * divisorA;
      return left > right || (left === right && a > b);
    }
    const order = compareFractions(numeratorA, divisorA, numeratorB, divisorB);
    return order > 0 || (order === 0 && a > b);
  }

  insert(line: number): void {
    let n = line;
    let at = 1;
    let lo = 0;
    let hi = this.xs.length - 1;
    for (;;) {
      const held = this.node[at] ?? -1;
      if (held < 0) {
        this.node[at] = n;
        return;
      }
      const mid = (lo + hi) >> 1;
      const winsMid = this.beats(n, held, this.xs[mid] ?? 0);
      if (winsMid) {
        this.node[at] = n;
        n = held;
      }
      if (lo === hi) return;
      // The loser can only still win on the side where it beats the winner at the end point.
      const winner = this.node[at] ?? -1;
      if (this.beats(n, winner, this.xs[lo] ?? 0)) {
        at = 2 * at;
        hi = mid;
      } else if (this.beats(n, winner, this.xs[hi] ?? 0)) {
        at = 2 * at + 1;
        lo = mid + 1;
      } else return;
    }
  }

  /** The best line at point index i, or -1. */
  query(i: number): number {
    const x = this.xs[i] ?? 0;
    let best = -1;
    let at = 1;
    let lo = 0;
    let hi = this.xs.length - 1;
    for (;;) {
      const held = this.node[at] ?? -1;
      if (held < 0) return best;
      if (best < 0 || this.beats(held, best, x)) best = held;
      if (lo === hi) return best;
      const mid = (lo + hi) >> 1;
      if (i <= mid) {
        at = 2 * at;
        hi = mid;
      } else {
        at = 2 * at + 1;
        lo = mid + 1;
      }
    }
  }
}

/**
 * For every request, the best SID value over the sets that contain the raised innovation Y, exactly as a size
 * table forced to contain Y and read at delta would give (ties: the larger set). Instead of one table per
 * innovation, the sets are grouped in families that do not depend on Y (see `Family`). Within a family, with
 * Y at position q of the family's list (the sorted list without the family's representatives):
 * - sizes up to w + 1 + q take Y plus the w representatives plus the top n - w - 1 of the list, all ranked
 *   above Y: numerator = pre[n] + (Y's maturity + delta), a prefix of sizes;
 * - sizes from w + 1 + q take the representatives plus the top n - w of the list, Y among them:
 *   numerator = suf[n] + delta, a suffix of sizes.
 * Each is the upper envelope of lines x -> (c[n] + x) / MAX(k, n) over a prefix or a suffix of n; sweeping
 * the requests in list order and inserting sizes into a Li Chao tree answers them all. Overall
 * O(families x (n + requests) x log requests), families <= 1 + C(6, yandasMin - 1) + C(6, yandasMin) <= 36.
 */
export function bestSetsContaining(
  sorted: readonly PlannerItem[],
  requests: readonly RaiseRequest[],
  constants: PlannerConstants,
): SidValue[] {
  const total = sorted.length;
  const count = requests.length;
  const bestOfSlot = new Int32Array(6).fill(-1);
  let availableMask = 0;
  sorted.forEach((item, position) => {
    if (item.slot >= 0 && (bestOfSlot[item.slot] ?? -1) < 0) {
      bestOfSlot[item.slot] = position;
      availableMask |= 1 << item.slot;
    }
  });

  // Requests in list order (positions ascending), so every family's q is non-decreasing along the sweep.
  const order = Int32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => (requests[a]?.position ?? 0) - (requests[b]?.position ?? 0),
  );
  const preX = new Float64Array(count);
  const sufX = new Float64Array(count);
  requests.forEach((request, i) => {
    preX[i] = (sorted[request.position]?.maturityX100 ?? 0) + request.delta;
    sufX[i] = request.delta;
  });
  const pre = indexValues(preX);
  const suf = indexValues(sufX);

  const bestN = new Int32Array(count).fill(-1);
  const bestNumerator = new Float64Array(count);
  const offer = (i: number, n: number, numerator: number): void => {
    const held = bestN[i] ?? -1;
    if (held >= 0) {
      const order = compareFractions(
        numerator,
        divisorFor(constants, n),
        bestNumerator[i] ?? 0,
        divisorFor(constants, held),
      );
      if (order < 0 || (order === 0 && n <= held)) return;
    }
    bestN[i] = n;
    bestNumerator[i] = numerator;
  };

  const preIntercept = new Float64Array(total + 1);
  const sufIntercept = new Float64Array(total + 1);
  const divisor = Float64Array.from({ length: total + 1 }, (_, n) => divisorFor(constants, n));
  // Bounds every numerator (all maturities plus the largest x plus the count score) times every divisor.
  let maturitySum = 0;
  for (const item of sorted) maturitySum += item.maturityX100;
  const largestX = Math.max(0, pre.xs.at(-1) ?? 0, suf.xs.at(-1) ?? 0);
  const largestRule = countScoreFor(constants, total) * divisorFor(constants, total);
  const exact = Number.isSafeInteger(
    (maturitySum + largestX + largestRule) * divisorFor(constants, total) * 2,
  );
  const preTree = new LineTree(pre.xs, preIntercept, divisor, exact);
  const sufTree = new LineTree(suf.xs, sufIntercept, divisor, exact);
  for (const family of listFamilies(availableMask, constants.yandasMin)) {
    const reps: number[] = [];
    for (let slot = 0; slot < 6; slot++)
      if ((family.mask & (1 << slot)) !== 0) reps.push(bestOfSlot[slot] ?? -1);
    reps.sort((a, b) => a - b);
    const isRep = new Uint8Array(total);
    let repSum = 0;
    for (const position of reps) {
      isRep[position] = 1;
      repSum += sorted[position]?.maturityX100 ?? 0;
    }
    const w = family.size;
    // listSum[j]: the top j of the list (sorted without the representatives).
    const listSum = new Float64Array(total - w + 1);
    let j = 0;
    sorted.forEach((item, position) => {
      if (isRep[position] === 1) return;
      listSum[j + 1] = (listSum[j] ?? 0) + item.maturityX100;
      j++;
    });
    for (let n = w + 1; n <= total; n++) {
      const rule = family.ruleOn ? countScoreFor(constants, n) * divisorFor(constants, n) : 0;
      preIntercept[n] = repSum + (listSum[n - w - 1] ?? 0) + rule;
      sufIntercept[n] = repSum + (listSum[n - w] ?? 0) + rule;
    }

    const eligible = (i: number): boolean => {
      const slot = sorted[requests[i]?.position ?? -1]?.slot ?? -1;
      if (family.needsYandasY && slot < 0) return false;
      return slot < 0 || (family.mask & (1 << slot)) === 0;
    };
    /** Y's position in the family's list: its position less the representatives ranked above it. */
    const listPosition = (position: number): number => {
      let q = position;
      for (const rep of reps) if (rep < position) q--;
      return q;
    };

    preTree.reset();
    let inserted = w;
    for (const i of order) {
      if (!eligible(i)) continue;
      const hi = w + 1 + listPosition(requests[i]?.position ?? 0);
      while (inserted < hi) preTree.insert(++inserted);
      const n = preTree.query(pre.index[i] ?? 0);
      if (n >= 0) offer(i, n, (preIntercept[n] ?? 0) + (preX[i] ?? 0));
    }

    sufTree.reset();
    let next = total;
    for (let r = order.length - 1; r >= 0; r--) {
      const i = order[r] ?? 0;
      if (!eligible(i)) continue;
      const lo = w + 1 + listPosition(requests[i]?.position ?? 0);
      while (next >= lo) sufTree.insert(next--);
      const n = sufTree.query(suf.index[i] ?? 0);
      if (n >= 0) offer(i, n, (sufIntercept[n] ?? 0) + (sufX[i] ?? 0));
    }
  }

  return Array.from(bestN, (n, i) => ({
    n,
    numerator: bestNumerator[i] ?? 0,
    divisor: divisorFor(constants, n),
  }));
}
