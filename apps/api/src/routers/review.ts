// The verifier's desk: per-indicator verdicts (the domain validates them) and the submission moves that
// follow: start the review, return for revision, approve, reject. The domain's state machine decides.
import type { TRPCRouterRecord } from '@trpc/server';
import { canGiveVerdict, validateVerdict, ZGivenVerdict, ZTierValue } from '@inovda/domain';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { answerSelect, shapeAnswer } from '../services/answer-selects.ts';
import { applyTransition, toErrorParams, transitionCallOf } from '../services/apply-transition.ts';
import { writeVerdictNote } from '../services/indicator-notes.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { rescoreSubmission } from '../services/rescore-submission.ts';
import { loadAnswerInScope, loadSubmissionInScope } from '../services/submission-access.ts';
import { roleProcedure } from '../trpc.ts';

const reviewerProcedure = roleProcedure('VERIFIER', 'ADMIN');
const ZMove = z.object({ submissionId: z.string().min(1), version: z.number().int().positive() });
const ZMoveWithNote = ZMove.extend({ note: z.string().trim().max(4000).optional() });

export const reviewRouter = {
  verdict: reviewerProcedure
    .input(
      z.object({
        answerId: z.string().min(1),
        version: z.number().int().positive(),
        verdict: ZGivenVerdict,
        verifiedTier: ZTierValue.nullable().optional(),
        note: z.string().max(4000).nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const answer = await loadAnswerInScope(ctx.prisma, ctx.user, input.answerId);
      const { submission } = answer;
      if (!canGiveVerdict(submission.state, ctx.user.role)) {
        throw new AppError('REVIEW.NOT_IN_REVIEW', { state: submission.state });
      }
      const checked = validateVerdict({
        claimedTier: answer.claimedTier,
        verdict: input.verdict,
        verifiedTier: input.verifiedTier,
        note: input.note,
      });
      if (!checked.ok) {
        const [first] = checked.error;
        throw AppError.fromDomain(first?.code ?? 'VERDICT.INVALID', {
          ...toErrorParams(first?.params ?? {}),
          codes: checked.error.map((issue) => issue.code).join(', '),
        });
      }
      const pack = await loadEditionPack(
        ctx.prisma,
        submission.period.regionId,
        submission.period.editionCode,
      );
      if (!pack) throw new Error(`unknown edition ${submission.period.editionCode}`);
      const verdict = checked.value;
      return ctx.prisma.$transaction(async (tx) => {
        await updateVersioned('IndicatorAnswer', { id: answer.id, version: input.version }, (where) =>
          tx.indicatorAnswer.updateMany({
            where,
            data: {
              verdict: verdict.verdict,
              verifiedTier: verdict.verifiedTier,
              verifierNote: verdict.note,
              verifiedById: ctx.user.id,
              verifiedAt: ctx.now(),
              version: { increment: 1 },
            },
          }),
        );
        await writeVerdictNote(tx, {
          submissionId: submission.id,
          code: answer.code,
          authorId: ctx.user.id,
          verdict: verdict.verdict,
          verifiedTier: verdict.verifiedTier ?? null,
          note: verdict.note ?? null,
          at: ctx.now(),
        });
        const scores = await rescoreSubmission(tx, pack, submission.id);
        const after = shapeAnswer(
          await tx.indicatorAnswer.findUniqueOrThrow({ where: { id: answer.id }, select: answerSelect }),
        );
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'review.verdict',
          entity: 'IndicatorAnswer',
          entityId: answer.id,
          before: { verdict: answer.verdict, verifiedTier: answer.verifiedTier },
          after: { ...verdict, ...scores },
        });
        return { answer: after, scores };
      });
    }),

  startReview: reviewerProcedure.input(ZMove).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'START_REVIEW',
      version: input.version,
    });
  }),

  returnForRevision: reviewerProcedure.input(ZMoveWithNote).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'RETURN_FOR_REVISION',
      version: input.version,
      note: input.note,
    });
  }),

  approve: reviewerProcedure.input(ZMove).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    const answers = await ctx.prisma.indicatorAnswer.findMany({
      where: { submissionId: submission.id },
      select: { code: true, verdict: true },
    });
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'APPROVE',
      version: input.version,
      context: { answers },
    });
  }),

  reject: reviewerProcedure.input(ZMoveWithNote).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'REJECT',
      version: input.version,
      note: input.note,
    });
  }),
} satisfies TRPCRouterRecord;
