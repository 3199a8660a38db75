import { DEFAULT_TIME_ZONE, formatIntegerText, formatX100Text, calendarDaysUntil } from '@inovda/domain';
import type { TLanguage } from '../i18n/languages';

/**
 * The zone dates are shown in until the region's own zone is known (it comes from the server with the session,
 * see `region-time-zone.tsx`): WIB. Every date and "days left" function takes the zone explicitly.
 */
export const DEFAULT_REGION_TIME_ZONE = DEFAULT_TIME_ZONE;

/**
 * A score (integer hundredths) for display, through the domain's one number writer: Indonesian writes a decimal
 * comma and groups thousands with dots ('65,01', '1.250,00'), English the other way round ('65.01').
 */
export function formatScore(x100: number, lng: TLanguage): string {
  return formatX100Text(x100, lng);
}

/** A whole number for display: '150.000.000' (id), '150,000,000' (en). */
export function formatCount(value: number, lng: TLanguage): string {
  return formatIntegerText(value, lng);
}

const LOCALE_TAG: Record<TLanguage, string> = { id: 'id-ID', en: 'en-GB' };

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date in words in `timeZone`: '28 November 2026' in both languages (day first, as Indonesians read). */
export function formatDate(value: Date | string, lng: TLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lng], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(toDate(value));
}

/** Date and time, for audit lines and "last saved": '28 Nov 2026 13.05' (id) / '28 Nov 2026, 13:05' (en). */
export function formatDateTime(value: Date | string, lng: TLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lng], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(toDate(value));
}

/**
 * Calendar days from `now` until `deadline` in `timeZone` (0 = today, negative = overdue): the domain's
 * `calendarDaysUntil`, the count the reminders and the dashboard use, for a date that may come as text.
 */
export function daysUntil(deadline: Date | string, now: Date, timeZone: string): number {
  return calendarDaysUntil(toDate(deadline), now, timeZone);
}

/** 'dalam 3 hari' / 'in 3 days', 'hari ini' / 'today', '2 hari yang lalu' / '2 days ago'. */
export function formatDaysRelative(days: number, lng: TLanguage): string {
  return new Intl.RelativeTimeFormat(LOCALE_TAG[lng], { numeric: 'auto' }).format(days, 'day');
}

/** File sizes as people read them: '820 KB', '12,5 MB'. */
export function formatBytes(bytes: number, lng: TLanguage): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(LOCALE_TAG[lng], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
