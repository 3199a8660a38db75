/** The default region clock: WIB. Indonesia also has WITA (`Asia/Makassar`) and WIT (`Asia/Jayapura`). */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const DAY_MS = 86_400_000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** True when `timeZone` is an IANA zone this runtime knows (`Asia/Jakarta`), false for anything else. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 of the calendar date `date` has in `timeZone` (local midnight turns the day). */
export function localDayNumber(date: Date, timeZone: string): number {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone,
    });
    dayFormats.set(timeZone, format);
  }
  // en-CA formats as YYYY-MM-DD, which Date.parse reads as a UTC date.
  return Math.round(Date.parse(`${format.format(date)}T00:00:00Z`) / DAY_MS);
}

/**
 * Calendar days from `now` until `deadline` in `timeZone`: 0 on the deadline's own day, 1 the day before,
 * negative after it. Counted in local days, so in WIB the count drops at 00:00 WIB (17:00 UTC), not at UTC midnight.
 */
export function calendarDaysUntil(deadline: Date, now: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return localDayNumber(deadline, timeZone) - localDayNumber(now, timeZone);
}

/**
 * The first instant (epoch ms) after `now` at which the calendar day in `timeZone` turns: the next local
 * midnight, when every `calendarDaysUntil` counted at `now` drops by one. Searched to the millisecond, so it
 * holds for any zone (a day is at most 25 hours long, so the next day has begun 2 days later at the latest).
 */
export function nextLocalDayStart(now: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const today = localDayNumber(now, timeZone);
  let before = now.getTime();
  let after = before + 2 * DAY_MS;
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (localDayNumber(new Date(mid), timeZone) === today) before = mid;
    else after = mid;
  }
  return after;
}
