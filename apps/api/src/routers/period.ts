// Assessment periods (one per year and region) with their rule edition, deadlines and state.
// Everyone in the region reads them; only ADMIN opens, changes and closes them.
import { type Prisma, PeriodState } from '@inovda/db';
import { getEdition } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { assertSameRegion } from '../scope.ts';
import { isArchivedPeriod } from '../services/archive.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';

const periodSelect = {
  id: true,
  year: true,
  name: true,
  editionCode: true,
  state: true,
  internalDeadline: true,
  nationalDeadline: true,
  standardMinMaturityX100: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { submissions: true } },
} as const satisfies Prisma.PeriodSelect;

/** Allowed state changes: forward through the year, REVIEW may reopen, CLOSED may go back to REVIEW. */
const PERIOD_TRANSITIONS: Record<PeriodState, readonly PeriodState[]> = {
  PLANNING: ['OPEN'],
  OPEN: ['REVIEW'],
  REVIEW: ['OPEN', 'CLOSED'],
  CLOSED: ['REVIEW', 'ARCHIVED'],
  ARCHIVED: [],
};

const ZFields = z.object({
  name: z.string().trim().min(2).max(200),
  editionCode: z.string().trim().min(1).max(60),
  internalDeadline: z.date().nullable(),
  nationalDeadline: z.date().nullable(),
  /** The region's "berstandar" bar: minimum verified maturity in hundredths (e.g. 6000 = 60.00). */
  standardMinMaturityX100: z.number().int().min(0).max(100_00).nullable(),
});

/** Field equality for the archive check: dates by instant, everything else strictly. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

async function assertEditionExists(tx: Prisma.TransactionClient, regionId: string, editionCode: string) {
  if (getEdition(editionCode)) return;
  const custom = await tx.customEdition.findUnique({
    where: { regionId_code: { regionId, code: editionCode } },
    select: { id: true },
  });
  if (!custom) throw new AppError('PERIOD.UNKNOWN_EDITION', { editionCode });
}

function assertDeadlineOrder(internal: Date | null | undefined, national: Date | null | undefined) {
  if (internal && national && internal.getTime() >= national.getTime())
    throw new AppError('PERIOD.DEADLINE_ORDER');
}

export const periodRouter = {
  list: authedProcedure.query(({ ctx }) =>
    ctx.prisma.period.findMany({
      where: { regionId: ctx.user.regionId },
      select: periodSelect,
      orderBy: { year: 'desc' },
    }),
  ),

  /**
   * Work still open in a period, for the warning before it is closed: innovations still being written (draft or
   * returned) and innovations waiting for or in verification. Closing does not stop on it; the admin decides.
   */
  openWork: roleProcedure('ADMIN')
    .input(z.object({ id: z.string() }))
    .query(async ({ ctx, input }) => {
      const period = await ctx.prisma.period.findUnique({
        where: { id: input.id },
        select: { regionId: true },
      });
      if (!period) throw new AppError('NOT_FOUND');
      assertSameRegion(ctx.user, period.regionId);
      const byState = await ctx.prisma.submission.groupBy({
        by: ['state'],
        where: { periodId: input.id },
        _count: { _all: true },
      });
      const count = (...states: string[]) =>
        byState.filter((row) => states.includes(row.state)).reduce((sum, row) => sum + row._count._all, 0);
      return {
        drafts: count('DRAFT', 'RETURNED'),
        awaitingVerification: count('SUBMITTED', 'IN_REVIEW'),
      };
    }),

  create: roleProcedure('ADMIN')
    .input(
      ZFields.partial({
        name: true,
        internalDeadline: true,
        nationalDeadline: true,
        standardMinMaturityX100: true,
      }).extend({
        year: z.number().int().min(2000).max(2100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { regionId } = ctx.user;
      assertDeadlineOrder(input.internalDeadline, input.nationalDeadline);
      return ctx.prisma.$transaction(async (tx) => {
        await assertEditionExists(tx, regionId, input.editionCode);
        const taken = await tx.period.findUnique({
          where: { regionId_year: { regionId, year: input.year } },
          select: { id: true },
        });
        if (taken) throw new AppError('PERIOD.YEAR_TAKEN', { year: input.year });
        const period = await tx.period.create({
          data: { ...input, name: input.name ?? `IID ${input.year}`, regionId },
          select: periodSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'period.create',
          entity: 'Period',
          entityId: period.id,
          after: period,
        });
        return period;
      });
    }),

  update: roleProcedure('ADMIN')
    .input(
      ZFields.partial().extend({
        id: z.string(),
        version: z.number().int().positive(),
        state: z.enum(PeriodState).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { id, version, ...data } = input;
      return ctx.prisma.$transaction(async (tx) => {
        const current = await tx.period.findUnique({
          where: { id },
          select: { ...periodSelect, regionId: true },
        });
        if (!current) throw new AppError('NOT_FOUND', { entity: 'Period', id });
        assertSameRegion(ctx.user, current.regionId);
        const { regionId, ...before } = current;
        // A closed or archived period is the read-only archive: only its state may move (reopen, archive);
        // a form that sends its other fields unchanged is fine.
        const { state: _state, ...fields } = data;
        const changes = (Object.entries(fields) as [string, unknown][]).filter(
          ([key, value]) => value !== undefined && !sameValue(value, before[key as keyof typeof fields]),
        );
        if (isArchivedPeriod(before.state) && changes.length > 0)
          throw new AppError('PERIOD.ARCHIVED', { year: before.year, state: before.state });
        if (
          data.state &&
          data.state !== before.state &&
          !PERIOD_TRANSITIONS[before.state].includes(data.state)
        ) {
          throw new AppError('PERIOD.INVALID_STATE_CHANGE', { from: before.state, to: data.state });
        }
        if (data.editionCode && data.editionCode !== before.editionCode) {
          if (before.state !== 'PLANNING') throw new AppError('PERIOD.EDITION_LOCKED');
          await assertEditionExists(tx, regionId, data.editionCode);
        }
        assertDeadlineOrder(
          data.internalDeadline === undefined ? before.internalDeadline : data.internalDeadline,
          data.nationalDeadline === undefined ? before.nationalDeadline : data.nationalDeadline,
        );
        await updateVersioned('Period', { id, version }, (where) =>
          tx.period.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
        );
        const after = await tx.period.findUniqueOrThrow({ where: { id }, select: periodSelect });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'period.update',
          entity: 'Period',
          entityId: id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
