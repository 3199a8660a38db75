// Persists a carry-over in ONE transaction: per innovation a new DRAFT submission in the target period (linked
// to the source by `carriedFromId`), the source's answers copied as claimed with verdicts back to PENDING (the
// domain's `carryAnswers` decides), the same evidence files linked again (content-addressed rows are reused,
// never copied), the cached maturities, the source's profile kept as the archive's snapshot, and audit events.
import { Prisma, type PrismaClient } from '@inovda/db';
import { carryAnswers } from '@inovda/domain';
import { auditContext, writeAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { AppError } from '../errors.ts';
import type { CarryCandidate, CarryPeriods } from './carry-over.ts';
import { rescoreSubmission } from './rescore-submission.ts';

export interface CarryCall {
  prisma: PrismaClient;
  user: SessionUser;
  requestId: string;
}

/** A whole region can be hundreds of innovations; far below the audit stamp's 15-minute margin. */
const TRANSACTION_LIMITS = { timeout: 120_000, maxWait: 10_000 };

const rawText = (value: Prisma.JsonValue | null): string | null =>
  value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

async function createTargetSubmission(
  tx: Prisma.TransactionClient,
  periods: CarryPeriods,
  c: CarryCandidate,
) {
  try {
    return await tx.submission.create({
      data: { periodId: periods.target.id, innovationId: c.innovation.id, carriedFromId: c.source.id },
      select: { id: true, version: true, state: true },
    });
  } catch (error) {
    // Someone carried (or registered) the same innovation into the period since the candidates were read.
    if (isUniqueViolation(error)) {
      throw new AppError('CARRY.ALREADY_IN_PERIOD', {
        name: c.innovation.name,
        targetYear: periods.target.year,
      });
    }
    throw error;
  }
}

async function carryOne(
  tx: Prisma.TransactionClient,
  call: CarryCall,
  periods: CarryPeriods,
  c: CarryCandidate,
) {
  const { source, target, targetPack } = periods;
  const sourceAnswers = await tx.indicatorAnswer.findMany({
    where: { submissionId: c.source.id },
    select: {
      code: true,
      claimedTier: true,
      basis: true,
      rawValue: true,
      links: true,
      evidence: { select: { evidence: { select: { id: true, kind: true } } } },
    },
    orderBy: { code: 'asc' },
  });
  const { answers, notes } = carryAnswers(
    targetPack,
    sourceAnswers.map((a) => ({
      ...a,
      rawValue: rawText(a.rawValue),
      evidence: a.evidence.map((link) => link.evidence),
    })),
  );
  const submission = await createTargetSubmission(tx, periods, c);
  const created = await tx.indicatorAnswer.createManyAndReturn({
    data: answers.map((a) => ({
      submissionId: submission.id,
      code: a.code,
      claimedTier: a.claimedTier,
      basis: a.basis,
      rawValue: a.rawValue ?? Prisma.DbNull,
      links: [...a.links],
    })),
    select: { id: true, code: true },
  });
  const idByCode = new Map(created.map((row) => [row.code, row.id]));
  const links = answers.flatMap((a) => {
    const answerId = idByCode.get(a.code);
    // createManyAndReturn returns every row it wrote; a missing one is a broken invariant.
    if (!answerId) throw new Error(`carry-over: answer ${a.code} of ${submission.id} was not created`);
    return a.evidenceIds.map((evidenceId) => ({ answerId, evidenceId, attachedById: call.user.id }));
  });
  if (links.length > 0) await tx.answerEvidence.createMany({ data: links });
  const scores = await rescoreSubmission(tx, targetPack, submission.id);
  const audit = auditContext({ user: call.user, requestId: call.requestId });
  if (c.source.profileSnapshot === null) {
    // The innovation's profile is shared across years; the archive keeps what the source period assessed.
    const snapshot = c.profile as Prisma.InputJsonObject;
    await tx.submission.update({ where: { id: c.source.id }, data: { profileSnapshot: snapshot } });
    await writeAudit(tx, {
      ...audit,
      action: 'carry-over.archive-profile',
      entity: 'Submission',
      entityId: c.source.id,
      after: { profileSnapshot: snapshot },
    });
  }
  const { decision } = c;
  const result = {
    innovationId: c.innovation.id,
    name: c.innovation.name,
    submissionId: submission.id,
    version: submission.version,
    verdict: decision.verdict,
    code: decision.code,
    params: decision.params,
    developmentNoteRequired: decision.developmentNoteRequired,
    answers: answers.length,
    evidenceLinks: links.length,
    notes: notes.map((n) => ({ code: n.code, params: n.params })),
    ...scores,
  };
  await writeAudit(tx, {
    ...audit,
    action: 'carry-over.carry',
    entity: 'Submission',
    entityId: submission.id,
    after: {
      ...result,
      state: submission.state,
      from: { submissionId: c.source.id, periodId: source.id, year: source.year, state: c.source.state },
      to: { periodId: target.id, year: target.year },
      confidence: decision.confidence,
      source: decision.source,
    },
  });
  return result;
}

/** Carries every candidate, all or nothing. */
export function carryCandidates(
  call: CarryCall,
  periods: CarryPeriods,
  candidates: readonly CarryCandidate[],
) {
  return call.prisma.$transaction(async (tx) => {
    const carried = [];
    for (const candidate of candidates) carried.push(await carryOne(tx, call, periods, candidate));
    return carried;
  }, TRANSACTION_LIMITS);
}
