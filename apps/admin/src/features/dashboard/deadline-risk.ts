import { EDITABLE_STATES, isStateIn, OPEN_STATES } from '@inovda/domain';
import { daysUntil } from '../../lib/format';

/** Whose move it is: the OPD has to finish or fix; the verifier has to review. */
type TDeadlineOwner = 'OPERATOR' | 'VERIFIER';
type TDeadlineRisk = 'OVERDUE' | 'DUE_SOON';

export interface TDeadlineItem {
  submissionId: string;
  innovationName: string;
  unitName: string;
  state: string;
  deadline: Date | null;
}

export interface TDeadlineAtRisk extends TDeadlineItem {
  deadline: Date;
  risk: TDeadlineRisk;
  owner: TDeadlineOwner;
  /** Calendar days left in the region's time zone (0 = today, negative = days late). */
  daysLeft: number;
}

export interface TDeadlineRiskOptions {
  /** The region's time zone (IANA): days left are counted in its calendar days. */
  timeZone: string;
  /** A deadline this many calendar days away or closer is "due soon". */
  soonDays?: number;
}

/**
 * Lists the submissions whose deadline is passed or near while work is still open, most urgent first.
 * `now` is an argument so the view is testable and the same in every render of one refresh.
 */
export function listDeadlinesAtRisk(
  items: readonly TDeadlineItem[],
  now: Date,
  { timeZone, soonDays = 7 }: TDeadlineRiskOptions,
): TDeadlineAtRisk[] {
  const result: TDeadlineAtRisk[] = [];
  for (const item of items) {
    if (item.deadline === null || !isStateIn(OPEN_STATES, item.state)) continue;
    const daysLeft = daysUntil(item.deadline, now, timeZone);
    if (daysLeft > soonDays) continue;
    result.push({
      ...item,
      deadline: item.deadline,
      // Late as soon as the moment has passed, even on the deadline's own day.
      risk: item.deadline.getTime() < now.getTime() ? 'OVERDUE' : 'DUE_SOON',
      owner: isStateIn(EDITABLE_STATES, item.state) ? 'OPERATOR' : 'VERIFIER',
      daysLeft,
    });
  }
  return result.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}
