// Past periods are a read-only archive: once a period is CLOSED or ARCHIVED, nothing in it changes (answers,
// evidence links, verdicts, workflow moves, the send decision, the development note, the profile of an
// innovation whose latest period it is). CLOSED can still be reopened to REVIEW by the ADMIN (period.update);
// ARCHIVED is final.
import type { PeriodState } from '@inovda/db';
import { AppError } from '../errors.ts';

const ARCHIVE_PERIOD_STATES: ReadonlySet<PeriodState> = new Set<PeriodState>(['CLOSED', 'ARCHIVED']);

export function isArchivedPeriod(state: PeriodState): boolean {
  return ARCHIVE_PERIOD_STATES.has(state);
}

/** Throws PERIOD.ARCHIVED for a write into a closed or archived period. */
export function assertPeriodWritable(period: { year: number; state: PeriodState }): void {
  if (isArchivedPeriod(period.state))
    throw new AppError('PERIOD.ARCHIVED', { year: period.year, state: period.state });
}
