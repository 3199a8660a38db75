import type { Predicate } from '../scoring/predicate.ts';

/**
 * The score of a portfolio as plain JSON numbers (the `inovda score --json` contract). Points, not hundredths.
 * `averageMaturity`, `sid` and `total` can be non-terminating (640/12): they are shown rounded half-up to
 * {@link REPORT_DECIMALS} decimals, while `iid` is computed from the exact total and then rounded half-up to
 * 2 decimals, so the display rounding never changes the IID or the predicate.
 */
export interface PortfolioReport {
  edition: string;
  spd: number;
  innovationCount: number;
  divisor: number;
  averageMaturity: number;
  yandasCovered: number;
  countScore: number;
  sid: number;
  total: number;
  iid: number;
  predicate: Predicate;
  innovations: { id: string; maturity: number }[];
}

/** Decimals shown for values that may not terminate (average, SID, total). */
export const REPORT_DECIMALS = 4;
