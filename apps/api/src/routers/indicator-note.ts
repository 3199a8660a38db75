// The per-indicator history (verdicts with their notes, the operator's replies): read by everyone who may read
// the submission (an OPERATOR its unit subtree, the other roles their region), answered by the OPERATOR (or the
// ADMIN on its behalf). A reply is audited and told to the verifiers who wrote on that indicator; a closed or
// archived period takes no new reply.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { assertSameRegion, assertUnitInScope } from '../scope.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { indicatorNoteSelect, shapeNote } from '../services/indicator-notes.ts';
import { loadSubmissionInScope } from '../services/submission-access.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';
import { notifyNoteReply } from '../workflow-notify/notify.ts';

export const indicatorNoteRouter = {
  list: authedProcedure
    .input(z.object({ submissionId: z.string().min(1), code: z.string().min(1).max(8).optional() }))
    .query(async ({ ctx, input }) => {
      const submission = await ctx.prisma.submission.findUnique({
        where: { id: input.submissionId },
        select: { id: true, innovation: { select: { regionId: true, unitId: true } } },
      });
      if (!submission) throw new AppError('NOT_FOUND', { entity: 'Submission', id: input.submissionId });
      assertSameRegion(ctx.user, submission.innovation.regionId);
      await assertUnitInScope(ctx.prisma, ctx.user, submission.innovation.unitId);
      const rows = await ctx.prisma.indicatorNote.findMany({
        where: { submissionId: submission.id, ...(input.code ? { code: input.code } : {}) },
        select: indicatorNoteSelect,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(shapeNote);
    }),

  reply: roleProcedure('OPERATOR', 'ADMIN')
    .input(
      z.object({
        submissionId: z.string().min(1),
        code: z.string().min(1).max(8),
        text: z.string().trim().min(1).max(4000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
      const pack = await loadEditionPack(
        ctx.prisma,
        submission.period.regionId,
        submission.period.editionCode,
      );
      if (!pack) throw new Error(`unknown edition ${submission.period.editionCode}`);
      const indicator = pack.sid.find((row) => row.code === input.code);
      if (!indicator) throw new AppError('ANSWER.UNKNOWN_INDICATOR', { code: input.code });
      return ctx.prisma.$transaction(async (tx) => {
        const row = await tx.indicatorNote.create({
          data: {
            submissionId: submission.id,
            code: input.code,
            authorId: ctx.user.id,
            kind: 'REPLY',
            text: input.text,
            createdAt: ctx.now(),
          },
          select: indicatorNoteSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'indicatorNote.reply',
          entity: 'IndicatorNote',
          entityId: row.id,
          after: {
            submissionId: submission.id,
            innovationId: submission.innovationId,
            innovationName: submission.innovation.name,
            code: input.code,
            text: input.text,
          },
        });
        await notifyNoteReply(tx, {
          submissionId: submission.id,
          indicator: { code: indicator.code, name: indicator.name },
          text: input.text,
          actor: { id: ctx.user.id, name: ctx.user.name },
          mail: ctx.reminderMail ?? null,
        });
        return shapeNote(row);
      });
    }),
} satisfies TRPCRouterRecord;
