import type { TEditionPack } from '../editions/schema.ts';

/** An inclusive window of ISO dates. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function shiftYear(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const monthDay = isoDate.slice(5);
  const safe = monthDay === '02-29' && !isLeap(year) ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${safe}`;
}

/**
 * The eligibility window for an assessment year: the edition's own window when the years match (IGA 2026:
 * 2024-01-01..2025-12-31), otherwise that window moved by the year difference, i.e. the generalised two-year
 * rule `Y-2 <= year <= Y-1` of reference §2.1 (UNCONFIRMED beyond the edition's year).
 */
export function eligibilityWindowFor(edition: TEditionPack, assessmentYear: number): DateWindow {
  const window = edition.constants.eligibilityWindow.value;
  const shift = assessmentYear - edition.assessmentYear;
  return shift === 0 ? window : { from: shiftYear(window.from, shift), to: shiftYear(window.to, shift) };
}

/** True when the ISO date lies in the inclusive window. */
export function isInWindow(isoDate: string, window: DateWindow): boolean {
  return isoDate >= window.from && isoDate <= window.to;
}
