// nationalResult: the loop back from the national IID application. After the package is sent, BSKDN verifies
// it and publishes per innovation the national maturity and for the region the final IID and predicate; the
// ADMIN records them here and everyone who steers reads how the internal verification compares. Recording is
// allowed on CLOSED and ARCHIVED periods on purpose: it annotates the outcome and changes nothing the period
// assessed (the archive rule of services/archive.ts guards the assessment, not this annotation).
import { formatX100, PREDICATES } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import {
  assertMaturityInRange,
  listNationalComparison,
  loadSentSubmission,
  nationalPeriodResultSelect,
  nationalResultSelect,
} from '../services/national-result.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { roleProcedure } from '../trpc.ts';

const adminProcedure = roleProcedure('ADMIN');
const ZX100 = z.number().int();
const ZNote = z.string().trim().max(2000).nullable().optional();
/** The row's version as read; null when the client saw no national result yet. */
const ZVersion = z.number().int().positive().nullable();
/** An IID is 0..100 points. */
const MAX_IID_X100 = 10_000;

export const nationalResultRouter = {
  list: roleProcedure('ADMIN', 'VERIFIER', 'VIEWER')
    .input(z.object({ periodId: z.string().min(1) }))
    .query(({ ctx, input }) => listNationalComparison(ctx.prisma, ctx.user, input.periodId)),

  /** Records (or corrects) one SENT innovation's national maturity; the period may be closed or archived. */
  set: adminProcedure
    .input(
      z.object({
        submissionId: z.string().min(1),
        maturityX100: ZX100,
        note: ZNote,
        version: ZVersion,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const submission = await loadSentSubmission(ctx.prisma, ctx.user, input.submissionId);
      assertMaturityInRange(input.maturityX100, submission.maxX100, submission.editionCode);
      const data = { maturityX100: input.maturityX100, note: input.note ?? null, recordedById: ctx.user.id };
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.nationalResult.findUnique({
          where: { submissionId: submission.id },
          select: nationalResultSelect,
        });
        if (before) {
          await updateVersioned('NationalResult', { id: before.id, version: input.version ?? 0 }, (where) =>
            tx.nationalResult.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
          );
        } else if (input.version !== null) {
          // The client edited a result that someone has cleared since.
          throw new AppError('EDIT.CONFLICT', {
            entity: 'NationalResult',
            id: submission.id,
            version: input.version,
          });
        } else {
          await tx.nationalResult.create({ data: { ...data, submissionId: submission.id } });
        }
        const after = await tx.nationalResult.findUniqueOrThrow({
          where: { submissionId: submission.id },
          select: nationalResultSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'nationalResult.set',
          entity: 'NationalResult',
          entityId: after.id,
          before,
          after,
        });
        return after;
      });
    }),

  /** Removes a national maturity recorded by mistake (the version as read must still be current). */
  clear: adminProcedure
    .input(z.object({ submissionId: z.string().min(1), version: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      const submission = await loadSentSubmission(ctx.prisma, ctx.user, input.submissionId);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.nationalResult.findUnique({
          where: { submissionId: submission.id },
          select: nationalResultSelect,
        });
        if (!before) throw new AppError('NOT_FOUND', { entity: 'NationalResult', id: submission.id });
        await updateVersioned('NationalResult', { id: before.id, version: input.version }, (where) =>
          tx.nationalResult.deleteMany({ where }),
        );
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'nationalResult.clear',
          entity: 'NationalResult',
          entityId: before.id,
          before,
        });
        return { submissionId: submission.id };
      });
    }),

  /** Records the region's national IID and predicate for a period, with where they were read. */
  setRegion: adminProcedure
    .input(
      z.object({
        periodId: z.string().min(1),
        iidX100: ZX100,
        predicate: z.enum(PREDICATES),
        sourceNote: ZNote,
        version: ZVersion,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { period } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
      if (input.iidX100 < 0 || input.iidX100 > MAX_IID_X100)
        throw new AppError('NATIONAL.IID_OUT_OF_RANGE', { value: formatX100(input.iidX100) });
      const data = {
        iidX100: input.iidX100,
        predicate: input.predicate,
        sourceNote: input.sourceNote ?? null,
        recordedById: ctx.user.id,
      };
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.nationalPeriodResult.findUnique({
          where: { periodId: period.id },
          select: nationalPeriodResultSelect,
        });
        if (before) {
          await updateVersioned(
            'NationalPeriodResult',
            { id: before.id, version: input.version ?? 0 },
            (where) =>
              tx.nationalPeriodResult.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
          );
        } else if (input.version !== null) {
          throw new AppError('EDIT.CONFLICT', {
            entity: 'NationalPeriodResult',
            id: period.id,
            version: input.version,
          });
        } else {
          await tx.nationalPeriodResult.create({ data: { ...data, periodId: period.id } });
        }
        const after = await tx.nationalPeriodResult.findUniqueOrThrow({
          where: { periodId: period.id },
          select: nationalPeriodResultSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'nationalResult.setRegion',
          entity: 'NationalPeriodResult',
          entityId: after.id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
