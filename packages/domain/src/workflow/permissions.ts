import type { Role, SubmissionState, WorkflowAction } from './states.ts';
import { EDITABLE_STATES, isStateIn } from './state-groups.ts';
import { WORKFLOW_ACTIONS } from './states.ts';
import { TRANSITIONS } from './transitions.ts';

/**
 * Actions that `role` may take from `state`, ignoring preconditions (a note, verdicts, readiness): the buttons
 * to show. `decideTransition` still decides.
 */
export function allowedActions(state: SubmissionState, role: Role): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(state) && rule.roles.includes(role);
  });
}

/**
 * Whether `role` may change the profile, claimed tiers, bases, raw values and evidence: OPERATOR (and ADMIN,
 * acting for an OPD) only in DRAFT and RETURNED; VERIFIER never edits answers (it gives verdicts); VIEWER
 * nothing. Unit scope (an operator's own unit) is checked by the API.
 */
export function canEditAnswers(state: SubmissionState, role: Role): boolean {
  return (role === 'OPERATOR' || role === 'ADMIN') && isStateIn(EDITABLE_STATES, state);
}

/** Whether `role` may set a verdict on an answer: VERIFIER or ADMIN, while the submission is IN_REVIEW. */
export function canGiveVerdict(state: SubmissionState, role: Role): boolean {
  return (role === 'VERIFIER' || role === 'ADMIN') && state === 'IN_REVIEW';
}
