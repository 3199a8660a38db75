import { type Result, err, ok } from '../result.ts';
import type { TVerdict } from '../scoring/verified-tier.ts';
import type { Role, SubmissionState, WorkflowAction } from './states.ts';
import { TRANSITIONS, type TransitionRequirement } from './transitions.ts';

/** Facts the preconditions need; pass what the action requires (see `TRANSITIONS`). */
export interface TransitionContext {
  /** The reason given by the user; required (non-blank) for RETURN_FOR_REVISION, REJECT and REOPEN. */
  readonly note?: string | null;
  /** Every SID answer of the submission; required for APPROVE. */
  readonly answers?: readonly { readonly code: string; readonly verdict: TVerdict }[];
  /** Whether readiness checks report a blocking issue; required for SUBMIT and MARK_READY. */
  readonly readinessBlocking?: boolean;
  /**
   * Whether the submission, as it is now, is part of the frozen package snapshot being marked sent (its
   * version unchanged since the freeze); required for MARK_SENT. See `decidePackageSend`.
   */
  readonly inFrozenPackage?: boolean;
}

/** What the caller asks: move `from` by `action`, as `role`. */
export interface TransitionRequest {
  readonly from: SubmissionState;
  readonly action: WorkflowAction;
  readonly role: Role;
  readonly context?: TransitionContext;
}

/** Why a transition was refused; `params` holds the details for the message. */
export interface TransitionError {
  readonly code: 'WORKFLOW.NOT_ALLOWED' | 'WORKFLOW.ROLE_FORBIDDEN' | 'WORKFLOW.PRECONDITION';
  readonly from: SubmissionState;
  readonly action: WorkflowAction;
  readonly role: Role;
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** Codes of answers still PENDING; APPROVE is possible when this is empty. */
export function listPendingVerdicts(answers: readonly { code: string; verdict: TVerdict }[]): string[] {
  return answers.filter((answer) => answer.verdict === 'PENDING').map((answer) => answer.code);
}

function unmet(
  requirement: TransitionRequirement,
  context: TransitionContext,
): Record<string, string | string[]> | null {
  switch (requirement) {
    case 'NOTE':
      return context.note?.trim() ? null : { requirement, reason: 'NOTE_REQUIRED' };
    case 'ALL_VERDICTS_GIVEN': {
      if (!context.answers) return { requirement, reason: 'CONTEXT_MISSING', field: 'answers' };
      const pending = listPendingVerdicts(context.answers);
      return pending.length === 0 ? null : { requirement, reason: 'VERDICTS_PENDING', codes: pending };
    }
    case 'READINESS_OK':
      if (context.readinessBlocking === undefined) {
        return { requirement, reason: 'CONTEXT_MISSING', field: 'readinessBlocking' };
      }
      return context.readinessBlocking ? { requirement, reason: 'NOT_READY' } : null;
    case 'FROZEN_PACKAGE':
      if (context.inFrozenPackage === undefined) {
        return { requirement, reason: 'CONTEXT_MISSING', field: 'inFrozenPackage' };
      }
      return context.inFrozenPackage ? null : { requirement, reason: 'NOT_FROZEN' };
  }
}

/**
 * Decides a workflow move. Checks, in order: the role may take this action at all (`WORKFLOW.ROLE_FORBIDDEN`),
 * the action is possible from `from` (`WORKFLOW.NOT_ALLOWED`, params list the allowed states), then the
 * action's requirements (`WORKFLOW.PRECONDITION`, params `reason`: NOTE_REQUIRED, VERDICTS_PENDING with
 * `codes`, NOT_READY, NOT_FROZEN, CONTEXT_MISSING with `field`). Returns the new state; never throws.
 */
export function decideTransition(
  request: TransitionRequest,
): Result<{ to: SubmissionState }, TransitionError> {
  const { from, action, role } = request;
  const rule = TRANSITIONS[action];
  const fail = (code: TransitionError['code'], params: TransitionError['params']) =>
    err({ code, from, action, role, params });
  if (!rule.roles.includes(role)) return fail('WORKFLOW.ROLE_FORBIDDEN', { roles: rule.roles });
  if (!rule.from.includes(from)) return fail('WORKFLOW.NOT_ALLOWED', { states: rule.from });
  for (const requirement of rule.requires) {
    const problem = unmet(requirement, request.context ?? {});
    if (problem) return fail('WORKFLOW.PRECONDITION', problem);
  }
  return ok({ to: rule.to });
}
