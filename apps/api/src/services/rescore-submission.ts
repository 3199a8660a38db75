// Recomputes a submission's cached claimed and verified maturity from its answers, inside the caller's
// transaction, so the cache (read by lists and dashboards) never disagrees with the answers it summarises.
import type { Prisma } from '@inovda/db';
import { hasAnswerEvidence, scoreSubmission, type TEditionPack } from '@inovda/domain';

export interface SubmissionScores {
  claimedMaturityX100: number;
  verifiedMaturityX100: number;
}

/** Scores the submission's answers with the domain and stores both maturities on the submission row. */
export async function rescoreSubmission(
  tx: Prisma.TransactionClient,
  pack: TEditionPack,
  submissionId: string,
): Promise<SubmissionScores> {
  const answers = await tx.indicatorAnswer.findMany({
    where: { submissionId },
    select: {
      code: true,
      claimedTier: true,
      verdict: true,
      verifiedTier: true,
      links: true,
      _count: { select: { evidence: true } },
    },
  });
  const score = scoreSubmission(
    pack,
    answers.map((a) => ({
      code: a.code,
      claimedTier: a.claimedTier,
      verdict: a.verdict,
      verifiedTier: a.verifiedTier,
      hasEvidence: hasAnswerEvidence(pack, {
        code: a.code,
        links: a.links,
        evidenceCount: a._count.evidence,
      }),
    })),
  );
  const scores = { claimedMaturityX100: score.claimedX100, verifiedMaturityX100: score.verifiedX100 };
  await tx.submission.update({ where: { id: submissionId }, data: scores });
  return scores;
}
