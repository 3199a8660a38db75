import { describe, expect, it } from 'vitest';
import { PACKAGE_STATES } from './package.ts';
import {
  CLAIMED_STATES,
  EDITABLE_STATES,
  isStateIn,
  OPEN_STATES,
  REVIEW_QUEUE_STATES,
  VERIFIED_STATES,
} from './state-groups.ts';
import { SUBMISSION_STATES, type SubmissionState } from './states.ts';
import { TRANSITIONS } from './transitions.ts';

const sorted = (states: readonly string[]) => [...states].sort();

describe('state groups', () => {
  it('follow the state machine: the OPD submits from the editable states, the verifier decides the queue', () => {
    expect(sorted(TRANSITIONS.SUBMIT.from)).toEqual(sorted(EDITABLE_STATES));
    const queue = new Set([...TRANSITIONS.START_REVIEW.from, ...TRANSITIONS.APPROVE.from]);
    expect(sorted([...queue])).toEqual(sorted(REVIEW_QUEUE_STATES));
    expect(sorted(TRANSITIONS.REJECT.from)).toEqual(sorted(REVIEW_QUEUE_STATES));
  });

  it('verified states are APPROVE and every state the send moves it on to', () => {
    expect(VERIFIED_STATES).toContain(TRANSITIONS.APPROVE.to);
    expect(VERIFIED_STATES).toContain(TRANSITIONS.MARK_READY.to);
    expect(VERIFIED_STATES).toContain(TRANSITIONS.MARK_SENT.to);
    for (const state of PACKAGE_STATES) expect(VERIFIED_STATES).toContain(state);
  });

  it('open work, verified, rejected: each state in exactly one (REJECTED alone is claimed by nobody)', () => {
    for (const state of SUBMISSION_STATES) {
      const groups = [OPEN_STATES, VERIFIED_STATES].filter((g) => isStateIn(g, state)).length;
      expect([state, groups]).toEqual([state, state === 'REJECTED' ? 0 : 1]);
      expect([state, isStateIn(CLAIMED_STATES, state)]).toEqual([state, state !== 'REJECTED']);
    }
  });

  it.each<[SubmissionState, boolean, boolean, boolean]>([
    // state, editable, in the queue, verified
    ['DRAFT', true, false, false],
    ['RETURNED', true, false, false],
    ['SUBMITTED', false, true, false],
    ['IN_REVIEW', false, true, false],
    ['VERIFIED', false, false, true],
    ['READY_TO_SEND', false, false, true],
    ['SENT', false, false, true],
    ['REJECTED', false, false, false],
  ])('%s: editable %s, queue %s, verified %s', (state, editable, queue, verified) => {
    expect(isStateIn(EDITABLE_STATES, state)).toBe(editable);
    expect(isStateIn(REVIEW_QUEUE_STATES, state)).toBe(queue);
    expect(isStateIn(VERIFIED_STATES, state)).toBe(verified);
  });

  it('isStateIn refuses a text that is no state', () => {
    expect(isStateIn(CLAIMED_STATES, 'draft')).toBe(false);
    expect(isStateIn(CLAIMED_STATES, '')).toBe(false);
  });
});
