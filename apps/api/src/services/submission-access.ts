// Loads a submission (or an answer with its submission) the user may act on: same region, and for an
// OPERATOR a unit in its subtree. Run before the transaction (the scope lookup uses the main client).
// `loadSubmissionInScope` and `loadAnswerInScope` serve mutations only: they also refuse a submission of a
// closed or archived period (PERIOD.ARCHIVED), so no write reaches the archive.
import type { PrismaClient } from '@inovda/db';
import { AppError } from '../errors.ts';
import { assertSameRegion, assertUnitInScope, type ScopeUser } from '../scope.ts';
import { assertPeriodWritable } from './archive.ts';

const submissionAccessSelect = {
  id: true,
  state: true,
  version: true,
  periodId: true,
  innovationId: true,
  innovation: { select: { id: true, regionId: true, unitId: true, name: true, urusan: true } },
  period: { select: { id: true, regionId: true, year: true, editionCode: true, state: true } },
} as const;

async function assertInScope(
  prisma: PrismaClient,
  user: ScopeUser,
  innovation: { regionId: string; unitId: string },
) {
  assertSameRegion(user, innovation.regionId);
  await assertUnitInScope(prisma, user, innovation.unitId);
}

export async function loadSubmissionInScope(prisma: PrismaClient, user: ScopeUser, submissionId: string) {
  const submission = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: submissionAccessSelect,
  });
  if (!submission) throw new AppError('NOT_FOUND', { entity: 'Submission', id: submissionId });
  await assertInScope(prisma, user, submission.innovation);
  assertPeriodWritable(submission.period);
  return submission;
}

export async function loadAnswerInScope(prisma: PrismaClient, user: ScopeUser, answerId: string) {
  const answer = await prisma.indicatorAnswer.findUnique({
    where: { id: answerId },
    select: {
      id: true,
      code: true,
      version: true,
      claimedTier: true,
      basis: true,
      rawValue: true,
      links: true,
      verdict: true,
      verifiedTier: true,
      evidence: { select: { evidenceId: true } },
      submission: { select: submissionAccessSelect },
    },
  });
  if (!answer) throw new AppError('NOT_FOUND', { entity: 'IndicatorAnswer', id: answerId });
  await assertInScope(prisma, user, answer.submission.innovation);
  assertPeriodWritable(answer.submission.period);
  return answer;
}

export async function loadInnovationInScope(prisma: PrismaClient, user: ScopeUser, innovationId: string) {
  const innovation = await prisma.innovation.findUnique({
    where: { id: innovationId },
    select: { id: true, regionId: true, unitId: true, version: true },
  });
  if (!innovation) throw new AppError('NOT_FOUND', { entity: 'Innovation', id: innovationId });
  await assertInScope(prisma, user, innovation);
  return innovation;
}
