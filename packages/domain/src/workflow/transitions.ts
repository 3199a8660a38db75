import { EDITABLE_STATES, REVIEW_QUEUE_STATES } from './state-groups.ts';
import type { Role, SubmissionState, WorkflowAction } from './states.ts';

/** What an action needs besides the right state and role. */
export type TransitionRequirement = 'NOTE' | 'ALL_VERDICTS_GIVEN' | 'READINESS_OK' | 'FROZEN_PACKAGE';

/** One row of the state machine. */
export interface TransitionRule {
  readonly from: readonly SubmissionState[];
  readonly to: SubmissionState;
  readonly roles: readonly Role[];
  readonly requires: readonly TransitionRequirement[];
}

const REVIEWERS: readonly Role[] = ['VERIFIER', 'ADMIN'];

/**
 * The submission state machine (reference §6.2 and §9: SIMONDA's draft -> diajukan -> revisi/terverifikasi
 * [C1], INOVA-HUB's review, siap kirim and terkirim steps [C2]). Requirements added from the reference:
 * - SUBMIT and MARK_READY need the innovation to be ready (mandatory indicators with evidence, profile rules:
 *   SIMONDA refuses submission and export otherwise, §5.2 item 3);
 * - RETURN_FOR_REVISION needs a note (per-field revision notes, [C2]); REJECT needs a note;
 * - APPROVE needs a verdict other than PENDING on every answer (per-indicator verification, [C1]);
 * - REOPEN needs a note, because it reverses a decision that others have relied on;
 * - MARK_SENT needs the submission to be in a frozen package snapshot, unchanged since the freeze (feature 7:
 *   what was sent must be provable later), so a submission is only ever sent as part of a package.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, TransitionRule>> = {
  SUBMIT: {
    from: EDITABLE_STATES,
    to: 'SUBMITTED',
    roles: ['OPERATOR', 'ADMIN'],
    requires: ['READINESS_OK'],
  },
  START_REVIEW: { from: ['SUBMITTED'], to: 'IN_REVIEW', roles: REVIEWERS, requires: [] },
  RETURN_FOR_REVISION: { from: REVIEW_QUEUE_STATES, to: 'RETURNED', roles: REVIEWERS, requires: ['NOTE'] },
  APPROVE: { from: REVIEW_QUEUE_STATES, to: 'VERIFIED', roles: REVIEWERS, requires: ['ALL_VERDICTS_GIVEN'] },
  REJECT: { from: REVIEW_QUEUE_STATES, to: 'REJECTED', roles: REVIEWERS, requires: ['NOTE'] },
  MARK_READY: { from: ['VERIFIED'], to: 'READY_TO_SEND', roles: ['ADMIN'], requires: ['READINESS_OK'] },
  UNMARK_READY: { from: ['READY_TO_SEND'], to: 'VERIFIED', roles: ['ADMIN'], requires: [] },
  MARK_SENT: { from: ['READY_TO_SEND'], to: 'SENT', roles: ['ADMIN'], requires: ['FROZEN_PACKAGE'] },
  REOPEN: { from: ['VERIFIED', 'REJECTED'], to: 'RETURNED', roles: ['ADMIN'], requires: ['NOTE'] },
};
