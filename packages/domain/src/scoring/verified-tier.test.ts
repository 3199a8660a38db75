import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../editions/registry.ts';
import { type TVerdict, resolveVerifiedTier, scoreSubmission } from './verified-tier.ts';

const iga2026 = EDITIONS['iga-2026'];
const VERDICTS: TVerdict[] = ['PENDING', 'ACCEPTED', 'DOWNGRADED', 'REJECTED'];

describe('resolveVerifiedTier', () => {
  it.each<[number, TVerdict, number | null, boolean, number]>([
    [3, 'ACCEPTED', null, true, 3],
    [3, 'ACCEPTED', null, false, 0],
    [3, 'DOWNGRADED', 1, true, 1],
    [3, 'DOWNGRADED', 2, true, 2],
    [2, 'DOWNGRADED', 0, true, 0],
    [2, 'DOWNGRADED', 3, true, 2], // inconsistent: clamped to the claim
    [2, 'DOWNGRADED', null, true, 0],
    [3, 'DOWNGRADED', 1, false, 0],
    [3, 'REJECTED', null, true, 0],
    [3, 'PENDING', null, true, 0],
    [0, 'ACCEPTED', null, true, 0],
  ])(
    'claimed %i, %s (verified %s, evidence %s) -> %i',
    (claimedTier, verdict, verifiedTier, hasEvidence, tier) => {
      expect(resolveVerifiedTier({ claimedTier, verdict, verifiedTier, hasEvidence })).toBe(tier);
    },
  );

  it('never exceeds the claimed tier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...VERDICTS),
        fc.option(fc.integer({ min: 0, max: 3 })),
        fc.boolean(),
        (claimedTier, verdict, verifiedTier, hasEvidence) =>
          resolveVerifiedTier({ claimedTier, verdict, verifiedTier, hasEvidence }) <= claimedTier,
      ),
    );
  });
});

describe('scoreSubmission', () => {
  it('scores the claim and the verified tiers', () => {
    const score = scoreSubmission(iga2026, [
      { code: '16', claimedTier: 3, verdict: 'ACCEPTED', hasEvidence: true }, // 9 / 9
      { code: '17', claimedTier: 3, verdict: 'DOWNGRADED', verifiedTier: 1, hasEvidence: true }, // 6 / 2
      { code: '35', claimedTier: 2, verdict: 'PENDING', hasEvidence: true }, // 8 / 0
      { code: '18', claimedTier: 1, verdict: 'ACCEPTED', hasEvidence: false }, // 2 / 0
    ]);
    expect(score).toEqual({ claimedX100: 2500, verifiedX100: 1100 });
  });

  it('keeps the verified score at or below the claimed score', () => {
    const answer = fc.record({
      claimedTier: fc.integer({ min: 0, max: 3 }),
      verdict: fc.constantFrom(...VERDICTS),
      verifiedTier: fc.option(fc.integer({ min: 0, max: 3 })),
      hasEvidence: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 20, maxLength: 20 }), (answers) => {
        const coded = answers.map((a, i) => ({ ...a, code: String(16 + i) }));
        const { claimedX100, verifiedX100 } = scoreSubmission(iga2026, coded);
        return verifiedX100 <= claimedX100 && verifiedX100 >= 0;
      }),
    );
  });

  it.each([
    [[{ code: '15', claimedTier: 1, verdict: 'ACCEPTED' as const, hasEvidence: true }], /unknown code 15/],
    [
      [
        { code: '16', claimedTier: 1, verdict: 'ACCEPTED' as const, hasEvidence: true },
        { code: '16', claimedTier: 2, verdict: 'ACCEPTED' as const, hasEvidence: true },
      ],
      /duplicate answer for 16/,
    ],
  ])('throws for a caller bug: %#', (answers, message) => {
    expect(() => scoreSubmission(iga2026, answers)).toThrow(message);
  });
});
