// The ADMIN's send decision: which verified submissions go to the national application, freezing them at
// READY_TO_SEND (the domain's readiness for sending must pass). Marking them SENT is a package act
// (`package.markSent` in routers/package.ts): the domain's MARK_SENT requires a frozen package snapshot.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { applyTransition, transitionCallOf } from '../services/apply-transition.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { assertReadyFor, checkSubmissionReadiness } from '../services/readiness.ts';
import { loadSubmissionInScope } from '../services/submission-access.ts';
import { roleProcedure } from '../trpc.ts';

const adminProcedure = roleProcedure('ADMIN');
const ZMove = z.object({ submissionId: z.string().min(1), version: z.number().int().positive() });

export const submissionRouter = {
  markReady: adminProcedure.input(ZMove).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    const { pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, submission.periodId);
    const readiness = await checkSubmissionReadiness(ctx.prisma, pack, submission.id, 'SEND');
    assertReadyFor(readiness);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'MARK_READY',
      version: input.version,
      context: { readinessBlocking: false },
    });
  }),

  unmarkReady: adminProcedure.input(ZMove).mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'UNMARK_READY',
      version: input.version,
    });
  }),

  setIncludeInSend: adminProcedure
    .input(ZMove.extend({ includeInSend: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
      if (submission.state === 'SENT') throw new AppError('SUBMISSION.ALREADY_SENT');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.submission.findUniqueOrThrow({
          where: { id: submission.id },
          select: { includeInSend: true, version: true },
        });
        await updateVersioned('Submission', { id: submission.id, version: input.version }, (where) =>
          tx.submission.updateMany({
            where,
            data: { includeInSend: input.includeInSend, version: { increment: 1 } },
          }),
        );
        const after = await tx.submission.findUniqueOrThrow({
          where: { id: submission.id },
          select: { id: true, includeInSend: true, version: true, state: true },
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'submission.set-include-in-send',
          entity: 'Submission',
          entityId: submission.id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
