/** A calendar day: full year, month 0-11 (as `Date` and dayjs count), day of month. */
export interface TCalendarDay {
  year: number;
  month: number;
  day: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockUtc(date: Date, timeZone: string): number {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    partFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The calendar day `date` falls on in `timeZone` (what a date picker should show for a stored deadline). */
export function calendarDayIn(date: Date, timeZone: string): TCalendarDay {
  const wall = new Date(wallClockUtc(date, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate() };
}

/**
 * The last millisecond of a calendar day in `timeZone`: a deadline "on 15 June" holds until 23:59:59.999 there,
 * whatever zone the browser is in. Indonesia's zones have no daylight saving time, so one offset is exact.
 */
export function endOfDayIn({ year, month, day }: TCalendarDay, timeZone: string): Date {
  const wallEnd = Date.UTC(year, month, day, 23, 59, 59, 999);
  const offset = wallClockUtc(new Date(wallEnd), timeZone) - Math.floor(wallEnd / 1000) * 1000;
  return new Date(wallEnd - offset);
}
