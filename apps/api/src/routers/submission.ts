// The ADMIN's send decision: which verified submissions go to the national application, freezing them at
// READY_TO_SEND (the domain's readiness for sending must pass). Marking them SENT is a package act
// (`package.markSent` in routers/package.ts): the domain's MARK_SENT requires a frozen package snapshot.
import type { PrismaClient } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { applyTransition, transitionCallOf } from '../services/apply-transition.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { assertReadyFor, checkSubmissionReadiness } from '../services/readiness.ts';
import { assertPeriodWritable } from '../services/archive.ts';
import {
  applyBestSetPlan,
  assertNotFrozen,
  loadCurrentFrozenPackage,
  loadSendCandidates,
  planBestSetChanges,
  setReadyMany,
} from '../services/send-decision.ts';
import { loadSubmissionInScope } from '../services/submission-access.ts';
import type { ScopeUser } from '../scope.ts';
import { roleProcedure } from '../trpc.ts';

const adminProcedure = roleProcedure('ADMIN');
const ZMove = z.object({ submissionId: z.string().min(1), version: z.number().int().positive() });
const ZPeriod = z.object({ periodId: z.string().min(1) });
/** Set when the ADMIN confirmed a change although the period's current package is frozen. */
const ZAcknowledge = z.object({ acknowledgeFrozen: z.boolean().default(false) });

/** The period of a send decision: same region, with its rule pack, not closed or archived. */
async function loadWritablePeriod(prisma: PrismaClient, user: ScopeUser, periodId: string) {
  const loaded = await loadPeriodWithPack(prisma, user, periodId);
  assertPeriodWritable(loaded.period);
  return loaded;
}

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

  /** The period's verified, ready and sent innovations with their send decision, and the frozen package if any. */
  sendCandidates: adminProcedure.input(ZPeriod).query(async ({ ctx, input }) => {
    const { period } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
    const [items, frozen] = await Promise.all([
      loadSendCandidates(ctx.prisma, period.id),
      loadCurrentFrozenPackage(ctx.prisma, period.id),
    ]);
    return { periodId: period.id, items, frozen };
  }),

  /** Marks several submissions ready (or back to verified); the result names each one that did not move. */
  setReadyMany: adminProcedure
    .input(
      ZPeriod.extend({
        move: z.enum(['MARK_READY', 'UNMARK_READY']),
        items: z
          .array(z.object({ submissionId: z.string().min(1), version: z.number().int().positive() }))
          .min(1)
          .max(500),
      }).merge(ZAcknowledge),
    )
    .mutation(async ({ ctx, input }) => {
      const { period, pack } = await loadWritablePeriod(ctx.prisma, ctx.user, input.periodId);
      await assertNotFrozen(ctx.prisma, period.id, input.acknowledgeFrozen);
      const results = await setReadyMany({
        prisma: ctx.prisma,
        call: transitionCallOf(ctx),
        lang: ctx.lang,
        pack,
        periodId: period.id,
        move: input.move,
        items: input.items,
      });
      return { results, moved: results.filter((r) => r.ok).length };
    }),

  /** What applying the best set would change: IID before and after, the list of changes, a token to confirm. */
  bestSetPreview: adminProcedure.input(ZPeriod).query(async ({ ctx, input }) => {
    const { period, pack } = await loadWritablePeriod(ctx.prisma, ctx.user, input.periodId);
    const { candidates: _candidates, ...plan } = await planBestSetChanges(
      ctx.prisma,
      pack,
      period.id,
      ctx.lang,
    );
    return plan;
  }),

  /** Applies the previewed best set as what will be sent, in one transaction; refused if anything changed. */
  applyBestSet: adminProcedure
    .input(ZPeriod.extend({ token: z.string().min(1).max(200) }).merge(ZAcknowledge))
    .mutation(async ({ ctx, input }) => {
      const { period, pack } = await loadWritablePeriod(ctx.prisma, ctx.user, input.periodId);
      await assertNotFrozen(ctx.prisma, period.id, input.acknowledgeFrozen);
      const plan = await planBestSetChanges(ctx.prisma, pack, period.id, ctx.lang);
      if (plan.token !== input.token) throw new AppError('SEND.PLAN_CHANGED');
      const { applied } = await applyBestSetPlan(ctx.prisma, transitionCallOf(ctx), plan);
      return { applied, before: plan.before, after: plan.after };
    }),
} satisfies TRPCRouterRecord;
