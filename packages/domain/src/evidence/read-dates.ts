import { sameWord } from './fuzzy.ts';

const MONTHS = [
  'JANUARI',
  'FEBRUARI',
  'MARET',
  'APRIL',
  'MEI',
  'JUNI',
  'JULI',
  'AGUSTUS',
  'SEPTEMBER',
  'OKTOBER',
  'NOVEMBER',
  'DESEMBER',
] as const;

/** A calendar date read from text. */
export interface ReadDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The month number (1..12) of a folded word, allowing OCR errors and English spellings; 0 when none. */
function monthOf(word: string): number {
  const exact = MONTHS.indexOf(word as (typeof MONTHS)[number]);
  if (exact >= 0) return exact + 1;
  // JUNI and JULI are one letter apart: a misread month counts only when it resembles exactly one month.
  const close = MONTHS.flatMap((m, i) => (sameWord(word, m) ? [i] : []));
  if (close.length === 1) return (close[0] ?? 0) + 1;
  const english: Record<string, number> = {
    MAY: 5,
    AUGUST: 8,
    OCTOBER: 10,
    DECEMBER: 12,
    MARCH: 3,
    JUNE: 6,
    JULY: 7,
  };
  return english[word] ?? 0;
}

/** A plausible year (1990..2100) in a folded word, else null. */
export function yearOf(word: string | undefined): number | null {
  if (!word || !/^(19|20|21)\d\d$/.test(word)) return null;
  const year = Number(word);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** Dates written "12 Februari 2024" (the Indonesian order) in a line's folded words. */
export function readDates(words: readonly string[]): ReadDate[] {
  const out: ReadDate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const day = Number(words[i]);
    if (!/^\d{1,2}$/.test(words[i] ?? '') || day < 1 || day > 31) continue;
    const month = monthOf(words[i + 1] ?? '');
    const year = yearOf(words[i + 2]);
    if (month > 0 && year !== null) out.push({ year, month, day });
  }
  return out;
}

/** `YYYY-MM-DD` of a read date. */
export function dateKey(date: ReadDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
