// Region-level SPD indicators of a period (ADMIN fills them; steering roles read them). A numeric row takes
// raw figures and the domain derives the tier (`deriveSpdTier`); the SPD score comes from `scoreSpd`.
import { Prisma } from '@inovda/db';
import { deriveSpdTier, scoreSpd, ZTierValue } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { toErrorParams } from '../services/apply-transition.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { roleProcedure } from '../trpc.ts';

const answerSelect = {
  id: true,
  code: true,
  tier: true,
  rawValues: true,
  note: true,
  version: true,
  updatedAt: true,
} as const;
const EDITABLE_PERIOD_STATES = new Set(['PLANNING', 'OPEN', 'REVIEW']);
const ZRaw = z.string().trim().min(1).max(40);

export const spdRouter = {
  list: roleProcedure('ADMIN', 'VERIFIER', 'VIEWER')
    .input(z.object({ periodId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
      const answers = await ctx.prisma.spdAnswer.findMany({
        where: { periodId: period.id },
        select: answerSelect,
      });
      const byCode = new Map(answers.map((a) => [a.code, a]));
      const score = scoreSpd(pack, Object.fromEntries(answers.map((a) => [a.code, a.tier])));
      return {
        spdX100: score.spdX100,
        rows: pack.spd.map((row) => ({
          code: row.code,
          name: row.name,
          variable: row.variable,
          weightX100: row.weightX100,
          mandatory: row.mandatory,
          options: row.options,
          numeric: Boolean(row.bands && row.derivation),
          answer: byCode.get(row.code) ?? null,
        })),
      };
    }),

  set: roleProcedure('ADMIN')
    .input(
      z
        .object({
          periodId: z.string().min(1),
          code: z.string().min(1).max(8),
          tier: ZTierValue.optional(),
          /** Raw figures of a numeric row: T-1 and T-2 for changes, `value` for levels (decimal strings). */
          raw: z.object({ t1: ZRaw.optional(), t2: ZRaw.optional(), value: ZRaw.optional() }).optional(),
          note: z.string().trim().max(2000).nullable().optional(),
          /** The row's version as read; required once the row exists. */
          version: z.number().int().positive().nullable().optional(),
        })
        .refine((v) => (v.tier === undefined) !== (v.raw === undefined), {
          message: 'Isi tingkat atau angka mentah, salah satu / give either a tier or raw figures',
          path: ['tier'],
        }),
    )
    .mutation(async ({ ctx, input }) => {
      const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
      if (!EDITABLE_PERIOD_STATES.has(period.state))
        throw new AppError('SPD.PERIOD_LOCKED', { state: period.state });
      if (!pack.spd.some((row) => row.code === input.code))
        throw new AppError('SPD.UNKNOWN_ROW', { code: input.code });
      let tier = input.tier ?? 0;
      if (input.raw) {
        const derived = deriveSpdTier(pack, input.code, input.raw);
        if (!derived.ok)
          throw AppError.fromDomain(derived.error.code, {
            code: input.code,
            ...toErrorParams(derived.error.params),
          });
        tier = derived.value.tier;
      }
      const data = {
        tier,
        rawValues: input.raw ?? Prisma.DbNull,
        note: input.note ?? null,
        updatedById: ctx.user.id,
      };
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.spdAnswer.findUnique({
          where: { periodId_code: { periodId: period.id, code: input.code } },
          select: answerSelect,
        });
        if (before) {
          await updateVersioned('SpdAnswer', { id: before.id, version: input.version ?? 0 }, (where) =>
            tx.spdAnswer.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
          );
        } else {
          await tx.spdAnswer.create({ data: { ...data, periodId: period.id, code: input.code } });
        }
        const after = await tx.spdAnswer.findUniqueOrThrow({
          where: { periodId_code: { periodId: period.id, code: input.code } },
          select: answerSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'spd.set',
          entity: 'SpdAnswer',
          entityId: after.id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
