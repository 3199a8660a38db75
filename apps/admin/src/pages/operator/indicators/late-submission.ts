import { calendarDaysUntil } from '@inovda/domain';

/**
 * Days past the internal deadline on the region's calendar (0 on the deadline day or before it, or without a
 * deadline). Submitting late is allowed, but the operator is warned: Bapperida may not have time to verify it
 * before the national deadline.
 */
export function daysPastInternalDeadline(
  deadline: Date | null | undefined,
  now: Date,
  timeZone: string,
): number {
  if (!deadline) return 0;
  return Math.max(0, -calendarDaysUntil(deadline, now, timeZone));
}
