import { describe, expect, it } from 'vitest';
import { ROLES, SUBMISSION_STATES } from './states.ts';
import { canEditAnswers, canGiveVerdict } from './permissions.ts';
import { answerChangeResetsVerdict, validateVerdict, verdictAfterAnswerChange } from './verdict.ts';

describe('validateVerdict', () => {
  it.each([
    [{ claimedTier: 3, verdict: 'ACCEPTED' as const }, []],
    [{ claimedTier: 3, verdict: 'PENDING' as const }, []],
    [{ claimedTier: 3, verdict: 'DOWNGRADED' as const, verifiedTier: 2, note: 'SK tidak memuat nama' }, []],
    [{ claimedTier: 3, verdict: 'DOWNGRADED' as const, verifiedTier: 0, note: 'x' }, []],
    [
      { claimedTier: 2, verdict: 'DOWNGRADED' as const, verifiedTier: 2, note: 'x' },
      ['VERDICT.DOWNGRADE_NOT_LOWER'],
    ],
    [
      { claimedTier: 2, verdict: 'DOWNGRADED' as const, verifiedTier: 3, note: 'x' },
      ['VERDICT.DOWNGRADE_NOT_LOWER'],
    ],
    [{ claimedTier: 2, verdict: 'DOWNGRADED' as const, note: 'x' }, ['VERDICT.TIER_REQUIRED']],
    [{ claimedTier: 2, verdict: 'DOWNGRADED' as const, verifiedTier: 1 }, ['VERDICT.NOTE_REQUIRED']],
    [
      { claimedTier: 2, verdict: 'DOWNGRADED' as const, verifiedTier: 1.5, note: ' ' },
      ['VERDICT.NOTE_REQUIRED', 'VERDICT.TIER_REQUIRED'],
    ],
    [{ claimedTier: 2, verdict: 'REJECTED' as const, note: '' }, ['VERDICT.NOTE_REQUIRED']],
    [{ claimedTier: 2, verdict: 'REJECTED' as const, note: 'Bukti palsu' }, []],
    [{ claimedTier: 2, verdict: 'ACCEPTED' as const, verifiedTier: 2 }, ['VERDICT.TIER_NOT_EXPECTED']],
  ])('%o -> %o', (input, codes) => {
    const result = validateVerdict(input);
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual(codes);
  });

  it('normalises the stored verdict', () => {
    expect(
      validateVerdict({ claimedTier: 3, verdict: 'DOWNGRADED', verifiedTier: 1, note: '  turun  ' }),
    ).toEqual({
      ok: true,
      value: { verdict: 'DOWNGRADED', verifiedTier: 1, note: 'turun' },
    });
  });
});

describe('answerChangeResetsVerdict', () => {
  const judged = {
    claimedTier: 2,
    basis: 'a',
    rawValue: 250,
    evidenceIds: ['f1', 'f2'],
    links: ['https://youtu.be/x'],
    verdict: 'ACCEPTED' as const,
  };

  it.each([
    ['nothing changed', {}, false],
    ['evidence reordered', { evidenceIds: ['f2', 'f1'] }, false],
    ['claimed tier', { claimedTier: 3 }, true],
    ['basis', { basis: 'b' }, true],
    ['raw value', { rawValue: 251 }, true],
    ['evidence added', { evidenceIds: ['f1', 'f2', 'f3'] }, true],
    ['evidence replaced', { evidenceIds: ['f1', 'f3'] }, true],
    ['link removed', { links: [] }, true],
  ])('%s -> %s', (_label, change, resets) => {
    expect(answerChangeResetsVerdict(judged, { ...judged, ...change })).toBe(resets);
  });

  it('clears the verified tier on reset and keeps the verdict otherwise', () => {
    const downgraded = { ...judged, verdict: 'DOWNGRADED' as const, verifiedTier: 1 };
    expect(verdictAfterAnswerChange(downgraded, { ...judged, claimedTier: 3 })).toEqual({
      verdict: 'PENDING',
      verifiedTier: null,
    });
    expect(verdictAfterAnswerChange(downgraded, { ...judged })).toEqual({
      verdict: 'DOWNGRADED',
      verifiedTier: 1,
    });
  });

  it('never resets a verdict that is still PENDING', () => {
    expect(answerChangeResetsVerdict({ ...judged, verdict: 'PENDING' }, { ...judged, claimedTier: 3 })).toBe(
      false,
    );
  });
});

describe('who edits and who judges', () => {
  const table = SUBMISSION_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const));

  it.each(table)('%s as %s', (state, role) => {
    const editable = state === 'DRAFT' || state === 'RETURNED';
    expect(canEditAnswers(state, role)).toBe(editable && (role === 'OPERATOR' || role === 'ADMIN'));
    expect(canGiveVerdict(state, role)).toBe(
      state === 'IN_REVIEW' && (role === 'VERIFIER' || role === 'ADMIN'),
    );
  });
});
