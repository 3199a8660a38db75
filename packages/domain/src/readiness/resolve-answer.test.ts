import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { hasAnswerEvidence, hasEvidence } from './answer-checks.ts';
import { type AnswerFields, resolveAnswerFields } from './resolve-answer.ts';

const indicator = (code: string) => {
  const found = IGA_2026.sid.find((row) => row.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const LINK = 'https://example.org/bukti';

describe('hasEvidence / hasAnswerEvidence', () => {
  // 35 accepts links; 16 takes files only.
  it.each([
    ['16', 0, [], false],
    ['16', 1, [], true],
    ['16', 0, [LINK], false],
    ['16', 2, [LINK], true],
    ['35', 0, [], false],
    ['35', 0, [LINK], true],
    ['35', 1, [], true],
  ] as const)('indicator %s, %i files, links %j -> %s', (code, evidenceCount, links, expected) => {
    expect(hasEvidence(indicator(code), { evidenceCount, links })).toBe(expected);
    expect(hasAnswerEvidence(IGA_2026, { code, evidenceCount, links })).toBe(expected);
  });

  it('counts only files for a code the pack does not know', () => {
    expect(hasAnswerEvidence(IGA_2026, { code: '99', evidenceCount: 0, links: [LINK] })).toBe(false);
    expect(hasAnswerEvidence(IGA_2026, { code: '99', evidenceCount: 1, links: [] })).toBe(true);
  });
});

const answer = (fields: Partial<AnswerFields> = {}): AnswerFields => ({
  claimedTier: 0,
  basis: null,
  rawValue: null,
  links: [],
  ...fields,
});
const problem = (code: string, fields: Partial<AnswerFields>, tierGiven = true) => {
  const result = resolveAnswerFields(IGA_2026, code, answer(fields), tierGiven);
  return result.ok ? null : result.error;
};

describe('resolveAnswerFields', () => {
  it.each([
    ['an unknown indicator', '99', {}, 'READINESS.UNKNOWN_INDICATOR'],
    [
      'a link on a files-only indicator',
      '16',
      { claimedTier: 1, links: [LINK] },
      'READINESS.LINK_NOT_ALLOWED',
    ],
    ['a link on 35', '35', { claimedTier: 1, links: [LINK] }, null],
    ['a basis on an indicator without bases', '16', { basis: 'a' }, 'READINESS.BASIS_NOT_EXPECTED'],
    ['33 with tier 0 and nothing else', '33', {}, null],
    ['33 with a tier and no basis', '33', { claimedTier: 1 }, 'READINESS.BASIS_REQUIRED'],
    ['33 with a figure and no basis', '33', { rawValue: '10' }, 'READINESS.BASIS_REQUIRED'],
    ['33 with an unknown basis, even at tier 0', '33', { basis: 'z' }, 'READINESS.BASIS_UNKNOWN'],
    ['33 with a basis and a tier, no figure', '33', { basis: 'a', claimedTier: 2 }, null],
    ['33 with a figure that is no number', '33', { basis: 'a', rawValue: 'banyak' }, 'SID.RAW_INVALID'],
  ] as const)('%s -> %s', (_label, code, fields, expected) => {
    expect(problem(code, fields)?.code ?? null).toBe(expected);
  });

  // Basis a: 1..200 -> tier 1, 201..500 -> 2, above 500 -> 3 (at, below and above each cut).
  it.each([
    ['0', 0],
    ['1', 1],
    ['200', 1],
    ['201', 2],
    ['500', 2],
    ['501', 3],
  ])('derives the tier of 33 from figure %s (basis a): %i', (rawValue, tier) => {
    const result = resolveAnswerFields(
      IGA_2026,
      '33',
      answer({ basis: 'a', rawValue, claimedTier: 3 }),
      false,
    );
    expect(result).toEqual({ ok: true, value: answer({ basis: 'a', rawValue, claimedTier: tier }) });
  });

  it.each([
    ['200', 1, null],
    ['200', 2, 'READINESS.TIER_MISMATCH'],
    ['201', 1, 'READINESS.TIER_MISMATCH'],
    ['201', 2, null],
  ] as const)(
    'a given tier must match the figure: %s with tier %i -> %s',
    (rawValue, claimedTier, expected) => {
      const error = problem('33', { basis: 'a', rawValue, claimedTier });
      expect(error?.code ?? null).toBe(expected);
      if (error) expect(error.params).toMatchObject({ code: '33', claimedTier });
    },
  );

  it('keeps the fields it does not check', () => {
    const extra = { ...answer({ claimedTier: 2 }), evidenceIds: ['e1'] };
    expect(resolveAnswerFields(IGA_2026, '16', extra, true)).toEqual({ ok: true, value: extra });
  });
});
