// Readiness of a submission, decided by the domain (`checkInnovationReadiness`) from the stored profile and
// answers. Used to show the checklist and as the SUBMIT / MARK_READY precondition.
import type { Prisma } from '@inovda/db';
import { checkInnovationReadiness, type ReadinessReport, type TEditionPack } from '@inovda/domain';
import { AppError } from '../errors.ts';
import { innovationColumnsSelect, submissionProfile } from './innovation-profile.ts';

type Db = Pick<Prisma.TransactionClient, 'submission' | 'indicatorAnswer'>;

export async function checkSubmissionReadiness(
  db: Db,
  pack: TEditionPack,
  submissionId: string,
  purpose: 'SUBMIT' | 'SEND' = 'SUBMIT',
): Promise<ReadinessReport> {
  const submission = await db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      innovationId: true,
      developmentNote: true,
      profileSnapshot: true,
      period: { select: { year: true } },
      innovation: {
        select: {
          ...innovationColumnsSelect,
          submissions: { select: { period: { select: { year: true } } } },
        },
      },
    },
  });
  const answers = await db.indicatorAnswer.findMany({
    where: { submissionId },
    select: {
      code: true,
      claimedTier: true,
      basis: true,
      links: true,
      verdict: true,
      verifiedTier: true,
      evidence: { select: { evidence: { select: { mimeType: true } } } },
    },
  });
  const year = submission.period.year;
  return checkInnovationReadiness(
    pack,
    {
      // An archived submission is judged on the profile it had when it was carried into a later year.
      profile: submissionProfile(submission),
      developmentNote: submission.developmentNote,
      answers: answers.map((a) => ({
        code: a.code,
        claimedTier: a.claimedTier,
        basis: a.basis,
        links: a.links,
        verdict: a.verdict,
        verifiedTier: a.verifiedTier,
        evidenceCount: a.evidence.length,
        evidenceKinds: a.evidence.map((e) => e.evidence.mimeType),
      })),
    },
    {
      assessmentYear: year,
      previousSubmissions: submission.innovation.submissions.filter((s) => s.period.year < year).length,
      purpose,
    },
  );
}

/** Refuses a move that readiness blocks, naming the blocking issue codes once each (`SUBMISSION.NOT_READY`). */
export function assertReadyFor(readiness: ReadinessReport): void {
  if (!readiness.blocking) return;
  const codes = [...new Set(readiness.issues.filter((i) => i.severity === 'ERROR').map((i) => i.code))];
  throw new AppError('SUBMISSION.NOT_READY', { count: codes.length, codes: codes.join(', ') });
}
