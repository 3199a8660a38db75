const DAY_MS = 24 * 60 * 60 * 1000;

/** States in which someone still has to act before the internal deadline (the OPD or the verifier). */
const OPEN_STATES = new Set(['DRAFT', 'RETURNED', 'SUBMITTED', 'IN_REVIEW']);

/** Whose move it is: the OPD has to finish or fix; the verifier has to review. */
export type TDeadlineOwner = 'OPERATOR' | 'VERIFIER';
export type TDeadlineRisk = 'OVERDUE' | 'DUE_SOON';

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
  /** Whole days left, rounded up (0.5 day left counts as 1); negative when overdue (-1 = up to one day late). */
  daysLeft: number;
}

export interface TDeadlineRiskOptions {
  /** A deadline this many days away or closer is "due soon". */
  soonDays?: number;
}

/**
 * Lists the submissions whose deadline is passed or near while work is still open, most urgent first.
 * `now` is an argument so the view is testable and the same in every render of one refresh.
 */
export function listDeadlinesAtRisk(
  items: readonly TDeadlineItem[],
  now: Date,
  { soonDays = 7 }: TDeadlineRiskOptions = {},
): TDeadlineAtRisk[] {
  const result: TDeadlineAtRisk[] = [];
  for (const item of items) {
    if (item.deadline === null || !OPEN_STATES.has(item.state)) continue;
    const msLeft = item.deadline.getTime() - now.getTime();
    if (msLeft > soonDays * DAY_MS) continue;
    result.push({
      ...item,
      deadline: item.deadline,
      risk: msLeft < 0 ? 'OVERDUE' : 'DUE_SOON',
      owner: item.state === 'DRAFT' || item.state === 'RETURNED' ? 'OPERATOR' : 'VERIFIER',
      daysLeft: msLeft < 0 ? -Math.ceil(-msLeft / DAY_MS) : Math.ceil(msLeft / DAY_MS),
    });
  }
  return result.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}
