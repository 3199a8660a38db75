import { validateVerdict, ZGivenVerdict } from '@inovda/domain';
import { z } from 'zod';

/** The verdicts a verifier can give (PENDING is the absence of one), in the order the form shows them. */
export const VERDICT_CHOICES = ZGivenVerdict.options;

const ZVerdictFormBase = z.object({
  verdict: ZGivenVerdict,
  verifiedTier: z.number().int().nullable(),
  note: z.string().max(4000, 'VERDICT.NOTE_TOO_LONG'),
});
export type TVerdictForm = z.infer<typeof ZVerdictFormBase>;

/**
 * The verdict form's schema for an answer claimed at `claimedTier`: the shape above plus exactly the server's
 * rule, the domain's `validateVerdict` (note required for downgrade and reject, a lower tier for a
 * downgrade). Issue messages are the domain's codes (`VERDICT.NOTE_REQUIRED` ...), translated by the form.
 */
export function createVerdictSchema(claimedTier: number) {
  return ZVerdictFormBase.superRefine((values, ctx) => {
    const checked = validateVerdict({
      claimedTier,
      verdict: values.verdict,
      // The tier field only matters for a downgrade; a leftover choice is ignored otherwise.
      verifiedTier: values.verdict === 'DOWNGRADED' ? values.verifiedTier : null,
      note: values.note,
    });
    if (checked.ok) return;
    for (const issue of checked.error) {
      ctx.addIssue({ code: 'custom', message: issue.code, path: issue.path.map(String) });
    }
  });
}

/** The tiers a downgrade may choose: strictly below the claim (a claim of 1 can only go to 0, i.e. reject). */
export function listDowngradeTiers(claimedTier: number): number[] {
  return Array.from({ length: Math.max(claimedTier - 1, 0) }, (_, i) => i + 1).reverse();
}

/** The mutation input for review.verdict. */
export function toVerdictInput(values: TVerdictForm) {
  return {
    verdict: values.verdict,
    verifiedTier: values.verdict === 'DOWNGRADED' ? values.verifiedTier : null,
    note: values.note.trim() === '' ? null : values.note.trim(),
  };
}
