import type { SubmissionState } from './states.ts';

/**
 * Named groups of submission states, the one definition the state machine, the API (Prisma `in` filters and
 * SQL parameters), the reminders and the admin share. Each is a tuple so it also types a `z.enum` or a
 * `state: { in: [...] }` filter.
 */

/** The OPD holds the submission and may edit it: a draft, or returned for revision (`SUBMIT` starts here). */
export const EDITABLE_STATES = ['DRAFT', 'RETURNED'] as const satisfies readonly SubmissionState[];

/** Waiting for the verifier or under review: the verifier's queue (`START_REVIEW`, `APPROVE` start here). */
export const REVIEW_QUEUE_STATES = ['SUBMITTED', 'IN_REVIEW'] as const satisfies readonly SubmissionState[];

/** Someone still has to act before the deadline: the OPD (editable states) or the verifier (the queue). */
export const OPEN_STATES = [
  ...EDITABLE_STATES,
  ...REVIEW_QUEUE_STATES,
] as const satisfies readonly SubmissionState[];

/**
 * Approved by the verifier, and the later steps of the send: their verified maturity counts in the verified
 * projection and may be shown as verified.
 */
export const VERIFIED_STATES = [
  'VERIFIED',
  'READY_TO_SEND',
  'SENT',
] as const satisfies readonly SubmissionState[];

/** Every state but REJECTED: the submissions whose claimed maturity counts in the claimed projection. */
export const CLAIMED_STATES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'RETURNED',
  'VERIFIED',
  'READY_TO_SEND',
  'SENT',
] as const satisfies readonly SubmissionState[];

/** True when `state` is one of `group` (a typed `includes` for any string, such as a row's state). */
export function isStateIn(group: readonly SubmissionState[], state: string): state is SubmissionState {
  return (group as readonly string[]).includes(state);
}

/**
 * Period states (the Prisma enum `PeriodState`) that accept new innovations, created one by one or imported:
 * planning and open. Review, closed and archived periods take none.
 */
export const OPEN_PERIOD_STATES = ['PLANNING', 'OPEN'] as const;

/** True when a period in `state` accepts new innovations (`OPEN_PERIOD_STATES`). */
export function isPeriodOpen(state: string): boolean {
  return (OPEN_PERIOD_STATES as readonly string[]).includes(state);
}
