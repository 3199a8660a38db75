import { describe, expect, it } from 'vitest';
import { canMarkSent, elapsedSeconds, freezePlan, shortHash } from './snapshot-view';

describe('snapshot view helpers', () => {
  it('shortens a sha256 to 12 digits', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });

  it('plans a freeze from the preview: ids to confirm, ready and already-sent counts', () => {
    const plan = freezePlan([
      { submissionId: 'a', state: 'READY_TO_SEND' },
      { submissionId: 'b', state: 'SENT' },
      { submissionId: 'c', state: 'READY_TO_SEND' },
    ]);
    expect(plan).toEqual({
      submissionIds: ['a', 'b', 'c'],
      total: 3,
      ready: 2,
      alreadySent: 1,
      canFreeze: true,
    });
  });

  it('offers no freeze when nothing is ready (only sent, or empty)', () => {
    expect(freezePlan([{ submissionId: 'b', state: 'SENT' }]).canFreeze).toBe(false);
    expect(freezePlan([]).canFreeze).toBe(false);
  });

  it('offers "mark sent" only to an ADMIN for a current, unsent snapshot', () => {
    expect(canMarkSent('FROZEN', true)).toBe(true);
    expect(canMarkSent('STALE', true)).toBe(false);
    expect(canMarkSent('SENT', true)).toBe(false);
    expect(canMarkSent('FROZEN', false)).toBe(false);
  });

  it('counts whole seconds, never negative', () => {
    expect(elapsedSeconds(1_000, 13_999)).toBe(12);
    expect(elapsedSeconds(5_000, 1_000)).toBe(0);
  });
});
