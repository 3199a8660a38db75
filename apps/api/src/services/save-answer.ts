// Persists an OPD change to an answer (tier, basis, raw value, links, evidence) in one transaction: version
// check, the domain's verdict-reset rule, the submission's cached maturities, and the audit event.
import { Prisma, type PrismaClient } from '@inovda/db';
import { answerChangeResetsVerdict, canEditAnswers, type TEditionPack } from '@inovda/domain';
import { auditContext, writeAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { answerSelect, shapeAnswer } from './answer-selects.ts';
import { rescoreSubmission } from './rescore-submission.ts';

export interface AnswerState {
  claimedTier: number;
  basis: string | null;
  rawValue: string | null;
  links: string[];
  evidenceIds: string[];
}

export interface SaveAnswerCall {
  prisma: PrismaClient;
  user: SessionUser;
  requestId: string;
  pack: TEditionPack;
  submission: { id: string; state: Parameters<typeof canEditAnswers>[0] };
}

/** Throws ANSWER.LOCKED unless the role may edit answers in the submission's state (domain rule). */
export function assertAnswersEditable(
  role: SessionUser['role'],
  state: Parameters<typeof canEditAnswers>[0],
) {
  if (!canEditAnswers(state, role)) throw new AppError('ANSWER.LOCKED', { state, role });
}

function rawText(value: Prisma.JsonValue | null | undefined): string | null {
  return value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

/** The stored answer as the domain's snapshot. */
export function snapshotOf(answer: {
  claimedTier: number;
  basis: string | null;
  rawValue: Prisma.JsonValue | null;
  links: string[];
  evidence: { evidenceId: string }[];
}): AnswerState {
  return {
    claimedTier: answer.claimedTier,
    basis: answer.basis,
    rawValue: rawText(answer.rawValue),
    links: answer.links,
    evidenceIds: answer.evidence.map((e) => e.evidenceId),
  };
}

/**
 * Writes `next` over the answer (`prev` null: creates it). Evidence links are added/removed to match
 * `next.evidenceIds`. Returns the answer and the submission's new scores.
 */
export async function saveAnswer(
  call: SaveAnswerCall,
  target: { code: string; answerId: string | null; version: number | null },
  prev: (AnswerState & { verdict: 'PENDING' | 'ACCEPTED' | 'DOWNGRADED' | 'REJECTED' }) | null,
  next: AnswerState,
  action: string,
) {
  const reset = prev !== null && answerChangeResetsVerdict(prev, next);
  const fields = {
    claimedTier: next.claimedTier,
    basis: next.basis,
    rawValue: next.rawValue ?? Prisma.DbNull,
    links: next.links,
    ...(reset
      ? {
          verdict: 'PENDING' as const,
          verifiedTier: null,
          verifierNote: null,
          verifiedById: null,
          verifiedAt: null,
        }
      : {}),
  };
  return call.prisma.$transaction(async (tx) => {
    let answerId = target.answerId;
    if (answerId === null) {
      answerId = (
        await tx.indicatorAnswer.create({
          data: { submissionId: call.submission.id, code: target.code, ...fields },
          select: { id: true },
        })
      ).id;
    } else {
      const id = answerId;
      await updateVersioned('IndicatorAnswer', { id, version: target.version ?? -1 }, (where) =>
        tx.indicatorAnswer.updateMany({
          where,
          data: { ...fields, version: { increment: 1 } },
        }),
      );
    }
    const before = new Set(prev?.evidenceIds ?? []);
    const after = new Set(next.evidenceIds);
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    if (removed.length)
      await tx.answerEvidence.deleteMany({ where: { answerId, evidenceId: { in: removed } } });
    if (added.length) {
      await tx.answerEvidence.createMany({
        data: added.map((evidenceId) => ({ answerId, evidenceId, attachedById: call.user.id })),
      });
    }
    const scores = await rescoreSubmission(tx, call.pack, call.submission.id);
    const answer = shapeAnswer(
      await tx.indicatorAnswer.findUniqueOrThrow({ where: { id: answerId }, select: answerSelect }),
    );
    await writeAudit(tx, {
      ...auditContext({ user: call.user, requestId: call.requestId }),
      action,
      entity: 'IndicatorAnswer',
      entityId: answerId,
      before: prev,
      after: { ...next, verdictReset: reset, ...scores },
    });
    return { answer, verdictReset: reset, scores };
  });
}
