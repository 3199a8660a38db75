import { z } from 'zod';
import type { TEditionPack } from '../editions/schema.ts';
import { compileEdition } from './compile-edition.ts';
import { type Tier, assertTier } from './tier.ts';

/** The verifier's verdict on one indicator answer (identical to the Prisma enum). */
export const ZVerdict = z.enum(['PENDING', 'ACCEPTED', 'DOWNGRADED', 'REJECTED']);
/** `PENDING` | `ACCEPTED` | `DOWNGRADED` | `REJECTED`. */
export type TVerdict = z.infer<typeof ZVerdict>;
/** The verdicts a verifier gives (`PENDING` is the absence of one): the input of `review.verdict`. */
export const ZGivenVerdict = ZVerdict.exclude(['PENDING']);
/** `ACCEPTED` | `DOWNGRADED` | `REJECTED`. */
export type TGivenVerdict = z.infer<typeof ZGivenVerdict>;

/** What decides the verified tier of one answer. */
export interface VerifiedTierInput {
  readonly claimedTier: number;
  readonly verdict: TVerdict;
  /** The tier the verifier set; only read for DOWNGRADED. */
  readonly verifiedTier?: number | null;
  /** At least one evidence file (or, where allowed, a link) is attached. */
  readonly hasEvidence: boolean;
}

/**
 * The tier that counts after verification (reference §3.5, [C1] models.py): no evidence -> 0; PENDING -> 0
 * (not yet verified); REJECTED -> 0; ACCEPTED -> the claimed tier; DOWNGRADED -> the verifier's tier. A
 * DOWNGRADED verdict whose tier is missing or not lower than the claim is inconsistent (`validateVerdict`
 * refuses it); it is clamped to `min(verifiedTier ?? 0, claimedTier)` so the verified tier never exceeds the
 * claim.
 */
export function resolveVerifiedTier(input: VerifiedTierInput): Tier {
  assertTier(input.claimedTier, 'claimedTier');
  if (!input.hasEvidence) return 0;
  switch (input.verdict) {
    case 'ACCEPTED':
      return input.claimedTier;
    case 'DOWNGRADED': {
      const verified = input.verifiedTier ?? 0;
      assertTier(verified, 'verifiedTier');
      return verified < input.claimedTier ? verified : input.claimedTier;
    }
    case 'PENDING':
    case 'REJECTED':
      return 0;
  }
}

/** One SID answer of a submission, as stored (IndicatorAnswer). */
export interface SubmissionAnswer extends VerifiedTierInput {
  readonly code: string;
}

/** Claimed (*klaim*) and verified (*terverifikasi*) maturity of a submission, integer hundredths. */
export interface SubmissionScore {
  readonly claimedX100: number;
  readonly verifiedX100: number;
}

/**
 * Both maturities of one submission: claimed = sum of weight x claimed tier, verified = sum of weight x
 * `resolveVerifiedTier(answer)`. Unknown codes, duplicate codes or tiers outside 0..3 throw a RangeError.
 */
export function scoreSubmission(
  edition: TEditionPack,
  answers: readonly SubmissionAnswer[],
): SubmissionScore {
  const c = compileEdition(edition);
  const seen = new Set<string>();
  let claimedX100 = 0;
  let verifiedX100 = 0;
  for (const answer of answers) {
    const index = c.sidIndex.get(answer.code);
    if (index === undefined) throw new RangeError(`SID: unknown code ${answer.code}`);
    if (seen.has(answer.code)) throw new RangeError(`SID: duplicate answer for ${answer.code}`);
    seen.add(answer.code);
    const weightX100 = c.sidWeightsX100[index] ?? 0;
    claimedX100 += weightX100 * answer.claimedTier;
    verifiedX100 += weightX100 * resolveVerifiedTier(answer);
  }
  return { claimedX100, verifiedX100 };
}
