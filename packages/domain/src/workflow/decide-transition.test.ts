import { describe, expect, it } from 'vitest';
import { decideTransition } from './decide-transition.ts';
import { allowedActions } from './permissions.ts';
import {
  ROLES,
  SUBMISSION_STATES,
  type SubmissionState,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from './states.ts';

/** The specification of issue 3, written out independently of TRANSITIONS: action -> [from states, to, roles]. */
const SPEC: Record<WorkflowAction, [string[], SubmissionState, string[]]> = {
  SUBMIT: [['DRAFT', 'RETURNED'], 'SUBMITTED', ['OPERATOR', 'ADMIN']],
  START_REVIEW: [['SUBMITTED'], 'IN_REVIEW', ['VERIFIER', 'ADMIN']],
  RETURN_FOR_REVISION: [['SUBMITTED', 'IN_REVIEW'], 'RETURNED', ['VERIFIER', 'ADMIN']],
  APPROVE: [['SUBMITTED', 'IN_REVIEW'], 'VERIFIED', ['VERIFIER', 'ADMIN']],
  REJECT: [['SUBMITTED', 'IN_REVIEW'], 'REJECTED', ['VERIFIER', 'ADMIN']],
  MARK_READY: [['VERIFIED'], 'READY_TO_SEND', ['ADMIN']],
  UNMARK_READY: [['READY_TO_SEND'], 'VERIFIED', ['ADMIN']],
  MARK_SENT: [['READY_TO_SEND'], 'SENT', ['ADMIN']],
  REOPEN: [['VERIFIED', 'REJECTED'], 'RETURNED', ['ADMIN']],
};

/** A context that satisfies every precondition, so the table tests state and role only. */
const SATISFIED = {
  note: 'Alasan',
  answers: [{ code: '16', verdict: 'ACCEPTED' as const }],
  readinessBlocking: false,
  inFrozenPackage: true,
};

const TABLE = SUBMISSION_STATES.flatMap((from) =>
  WORKFLOW_ACTIONS.flatMap((action) => ROLES.map((role) => [from, action, role] as const)),
);

describe('decideTransition: every state x action x role', () => {
  it.each(TABLE)('%s --%s--> as %s', (from, action, role) => {
    const [states, to, roles] = SPEC[action];
    const result = decideTransition({ from, action, role, context: SATISFIED });
    if (!roles.includes(role))
      expect(result).toMatchObject({ ok: false, error: { code: 'WORKFLOW.ROLE_FORBIDDEN' } });
    else if (!states.includes(from))
      expect(result).toMatchObject({ ok: false, error: { code: 'WORKFLOW.NOT_ALLOWED' } });
    else expect(result).toEqual({ ok: true, value: { to } });
  });

  it.each(TABLE)(
    'allowedActions(%s, role) offers %s to %s exactly when the spec does',
    (from, action, role) => {
      const [states, , roles] = SPEC[action];
      expect(allowedActions(from, role).includes(action)).toBe(states.includes(from) && roles.includes(role));
    },
  );
});

describe('preconditions', () => {
  it.each([
    ['RETURN_FOR_REVISION', 'IN_REVIEW', 'VERIFIER', { note: '  ' }, 'NOTE_REQUIRED'],
    ['REJECT', 'IN_REVIEW', 'VERIFIER', {}, 'NOTE_REQUIRED'],
    ['REOPEN', 'REJECTED', 'ADMIN', { note: null }, 'NOTE_REQUIRED'],
    ['APPROVE', 'IN_REVIEW', 'VERIFIER', {}, 'CONTEXT_MISSING'],
    ['SUBMIT', 'DRAFT', 'OPERATOR', {}, 'CONTEXT_MISSING'],
    ['SUBMIT', 'DRAFT', 'OPERATOR', { readinessBlocking: true }, 'NOT_READY'],
    ['MARK_READY', 'VERIFIED', 'ADMIN', { readinessBlocking: true }, 'NOT_READY'],
  ] as const)('%s from %s as %s with %o fails: %s', (action, from, role, context, reason) => {
    const result = decideTransition({ from, action, role, context });
    expect(result).toMatchObject({ ok: false, error: { code: 'WORKFLOW.PRECONDITION', params: { reason } } });
  });

  it('names the answers still pending when APPROVE is refused', () => {
    const answers = [
      { code: '16', verdict: 'ACCEPTED' as const },
      { code: '17', verdict: 'PENDING' as const },
      { code: '35', verdict: 'PENDING' as const },
    ];
    const result = decideTransition({
      from: 'IN_REVIEW',
      action: 'APPROVE',
      role: 'VERIFIER',
      context: { answers },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { params: { reason: 'VERDICTS_PENDING', codes: ['17', '35'] } },
    });
  });

  it('approves when every answer has a verdict, including DOWNGRADED and REJECTED', () => {
    const answers = [
      { code: '16', verdict: 'DOWNGRADED' as const },
      { code: '17', verdict: 'REJECTED' as const },
    ];
    const result = decideTransition({
      from: 'SUBMITTED',
      action: 'APPROVE',
      role: 'ADMIN',
      context: { answers },
    });
    expect(result).toEqual({ ok: true, value: { to: 'VERIFIED' } });
  });

  it('reports the role before the state', () => {
    const result = decideTransition({ from: 'SENT', action: 'APPROVE', role: 'VIEWER' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'WORKFLOW.ROLE_FORBIDDEN', params: { roles: ['VERIFIER', 'ADMIN'] } },
    });
  });
});
