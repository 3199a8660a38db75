import {
  hasAnswerEvidence,
  maxMaturityX100,
  scoreSubmission,
  type TEditionPack,
  type TVerdict,
} from '@inovda/domain';

/** One indicator answer as the review page holds it. */
export interface TReviewAnswer {
  code: string;
  claimedTier: number;
  verdict: TVerdict;
  verifiedTier: number | null;
  evidenceCount: number;
  links: readonly string[];
}

/** A verdict being edited but not saved yet, previewed in the live score. */
export interface TVerdictDraft {
  code: string;
  verdict: TVerdict;
  verifiedTier: number | null;
}

export interface TReviewScore {
  claimedX100: number;
  verifiedX100: number;
  /** The edition's highest maturity (`maxMaturityX100`, 11100 in IGA 2026): the full length of a score bar. */
  maxX100: number;
  /** Answers still without a verdict; approving needs none left. */
  pendingCount: number;
  counts: Record<TVerdict, number>;
}

/**
 * Claimed and verified maturity of a submission under review, from the domain's `scoreSubmission` (pending
 * and rejected count 0 verified; no evidence counts 0, by the domain's `hasAnswerEvidence`). Draft verdicts
 * (changed in a form, not saved yet) replace the saved ones, so the verifier sees the effect before saving.
 */
export function scoreReview(
  edition: TEditionPack,
  answers: readonly TReviewAnswer[],
  drafts: readonly TVerdictDraft[] = [],
): TReviewScore {
  const draftByCode = new Map(drafts.map((d) => [d.code, d]));
  const counts: Record<TVerdict, number> = { PENDING: 0, ACCEPTED: 0, DOWNGRADED: 0, REJECTED: 0 };
  const scored = answers.map((a) => {
    const draft = draftByCode.get(a.code);
    const judged = draft ? { ...a, verdict: draft.verdict, verifiedTier: draft.verifiedTier } : a;
    counts[judged.verdict] += 1;
    return {
      code: a.code,
      claimedTier: a.claimedTier,
      verdict: judged.verdict,
      verifiedTier: judged.verifiedTier,
      hasEvidence: hasAnswerEvidence(edition, a),
    };
  });
  const { claimedX100, verifiedX100 } = scoreSubmission(edition, scored);
  return {
    claimedX100,
    verifiedX100,
    maxX100: maxMaturityX100(edition),
    pendingCount: counts.PENDING,
    counts,
  };
}
