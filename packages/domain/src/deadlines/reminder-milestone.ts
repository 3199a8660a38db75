import { z } from 'zod';
import { calendarDaysUntil, DEFAULT_TIME_ZONE } from './calendar-days.ts';

/** Reminder milestones, identical to the Prisma enum `ReminderMilestone`. */
export const REMINDER_MILESTONES = ['D7', 'D3', 'D1', 'OVERDUE'] as const;
/** Reminder milestones as a zod enum. */
export const ZReminderMilestone = z.enum(REMINDER_MILESTONES);
/** One reminder milestone. */
export type ReminderMilestone = z.infer<typeof ZReminderMilestone>;

/** Where a deadline stands at a moment: its latest milestone reached (or none yet) and the days left. */
export interface DeadlineStanding {
  milestone: ReminderMilestone | null;
  /** Calendar days left in the region's time zone (0 = the deadline's day, negative = past). */
  daysLeft: number;
}

/**
 * The milestone a deadline has reached at `now`: `D7` from 7 calendar days before it, `D3` from 3, `D1` from the
 * day before (and on the day itself, until the moment), `OVERDUE` once the moment has passed. Earlier than 7 days:
 * none. Only the latest milestone counts, so a sweep that missed a day (server down) sends the current one and
 * never a stale "7 days left" on day 2.
 */
export function deadlineStanding(
  deadline: Date,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): DeadlineStanding {
  const daysLeft = calendarDaysUntil(deadline, now, timeZone);
  if (now.getTime() > deadline.getTime()) return { milestone: 'OVERDUE', daysLeft };
  if (daysLeft <= 1) return { milestone: 'D1', daysLeft };
  if (daysLeft <= 3) return { milestone: 'D3', daysLeft };
  if (daysLeft <= 7) return { milestone: 'D7', daysLeft };
  return { milestone: null, daysLeft };
}
