// Who gets which deadline reminder, decided from a snapshot of one period (no I/O): operators with open work or
// units without an innovation in their scope, verifiers with a queue, admins with a summary. States come from
// the domain's workflow, so "open work" means exactly what the state machine says.
import type { ReminderAudience, ReminderDeadline, Role } from '@inovda/db';
import {
  EDITABLE_STATES,
  type ReminderMilestone,
  REVIEW_QUEUE_STATES,
  type SubmissionState,
} from '@inovda/domain';
import { collectSubtree } from '../scope.ts';

/** How many unit names a reminder lists before "and N more". */
const LISTED_UNITS = 10;

export interface PeriodSnapshot {
  period: { id: string; name: string; year: number };
  /** Every unit of the region (inactive ones too, so the tree walk is whole). */
  units: readonly { id: string; parentId: string | null; name: string; active: boolean }[];
  submissions: readonly { unitId: string; state: SubmissionState }[];
  /** Active users of the region. */
  users: readonly { id: string; role: Role; unitId: string | null }[];
}

export interface DeadlineMoment {
  deadline: ReminderDeadline;
  deadlineAt: Date;
  milestone: ReminderMilestone;
  daysLeft: number;
  timeZone: string;
}

/** What a reminder's texts are rendered from; stored with the reminder as it was at the sweep. */
export interface ReminderData {
  periodId: string;
  periodName: string;
  year: number;
  deadlineAt: string;
  daysLeft: number;
  timeZone: string;
  /** Submissions by state in the recipient's view: its units (OPERATOR) or the region (VERIFIER, ADMIN). */
  counts: Partial<Record<SubmissionState, number>>;
  /** Active units in that view, and those without any innovation in the period (first names listed). */
  units: number;
  unitsWithout: number;
  unitsWithoutNames: string[];
}

export interface ReminderCandidate {
  userId: string;
  audience: ReminderAudience;
  data: ReminderData;
}

function summarize(
  snapshot: PeriodSnapshot,
  moment: DeadlineMoment,
  unitIds: ReadonlySet<string> | null,
): ReminderData {
  const inView = (unitId: string) => unitIds === null || unitIds.has(unitId);
  const counts: Partial<Record<SubmissionState, number>> = {};
  const withInnovation = new Set<string>();
  for (const submission of snapshot.submissions) {
    if (!inView(submission.unitId)) continue;
    counts[submission.state] = (counts[submission.state] ?? 0) + 1;
    withInnovation.add(submission.unitId);
  }
  const active = snapshot.units.filter((unit) => unit.active && inView(unit.id));
  const without = active.filter((unit) => !withInnovation.has(unit.id));
  return {
    periodId: snapshot.period.id,
    periodName: snapshot.period.name,
    year: snapshot.period.year,
    deadlineAt: moment.deadlineAt.toISOString(),
    daysLeft: moment.daysLeft,
    timeZone: moment.timeZone,
    counts,
    units: active.length,
    unitsWithout: without.length,
    unitsWithoutNames: without.map((unit) => unit.name).slice(0, LISTED_UNITS),
  };
}

export function countIn(data: Pick<ReminderData, 'counts'>, states: readonly SubmissionState[]): number {
  return states.reduce((sum, state) => sum + (data.counts[state] ?? 0), 0);
}

/**
 * The reminders one deadline moment calls for, sorted by user (a stable order, so two sweeps racing insert
 * their rows in the same order and cannot deadlock). Operators are left out when `operators` is false
 * (the period is no longer open to them, or their reminders follow the other deadline).
 */
export function planReminders(
  snapshot: PeriodSnapshot,
  moment: DeadlineMoment,
  options: { operators: boolean },
): ReminderCandidate[] {
  const region = summarize(snapshot, moment, null);
  const candidates: ReminderCandidate[] = [];
  for (const user of snapshot.users) {
    if (user.role === 'OPERATOR') {
      if (!options.operators || !user.unitId) continue;
      const scope = new Set(collectSubtree(snapshot.units, user.unitId));
      const data = summarize(snapshot, moment, scope);
      if (countIn(data, EDITABLE_STATES) > 0 || data.unitsWithout > 0) {
        candidates.push({ userId: user.id, audience: 'OPERATOR', data });
      }
    } else if (user.role === 'VERIFIER') {
      if (countIn(region, REVIEW_QUEUE_STATES) > 0) {
        candidates.push({ userId: user.id, audience: 'VERIFIER', data: region });
      }
    } else if (user.role === 'ADMIN') {
      candidates.push({ userId: user.id, audience: 'ADMIN', data: region });
    }
  }
  return candidates.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
