// Rule editions: the built-in packs of the domain and the region's custom editions (a clone of a pack with
// edited values, validated by the domain's pack schema). The admin renders indicators, options and evidence
// kinds from `byCode`.
import { listEditions, getEdition, validateEditionPack } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';

const customSelect = {
  id: true,
  code: true,
  name: true,
  baseCode: true,
  version: true,
  createdAt: true,
} as const;

export const editionRouter = {
  list: authedProcedure.query(async ({ ctx }) => {
    const custom = await ctx.prisma.customEdition.findMany({
      where: { regionId: ctx.user.regionId },
      select: customSelect,
      orderBy: { code: 'asc' },
    });
    return {
      builtIn: listEditions().map((p) => ({
        code: p.code,
        name: p.name,
        assessmentYear: p.assessmentYear,
        confidence: p.confidence,
      })),
      custom,
    };
  }),

  byCode: authedProcedure
    .input(z.object({ code: z.string().min(1).max(60) }))
    .query(async ({ ctx, input }) => {
      const pack = await loadEditionPack(ctx.prisma, ctx.user.regionId, input.code);
      if (!pack) throw new AppError('EDITION.UNKNOWN', { code: input.code });
      return pack;
    }),

  createCustom: roleProcedure('ADMIN')
    .input(
      z.object({
        baseCode: z.string().min(1).max(60),
        code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/),
        name: z.string().trim().min(2).max(200),
        /** The edited pack (from `byCode` of the base, changed); without it the base is cloned unchanged. */
        pack: z.unknown().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const base = await loadEditionPack(ctx.prisma, ctx.user.regionId, input.baseCode);
      if (!base) throw new AppError('EDITION.UNKNOWN', { code: input.baseCode });
      if (getEdition(input.code)) throw new AppError('EDITION.CODE_TAKEN', { code: input.code });
      const edited = input.pack === undefined ? base : input.pack;
      const candidate =
        typeof edited === 'object' && edited !== null
          ? { ...edited, code: input.code, name: input.name, basedOn: input.baseCode }
          : edited;
      const checked = validateEditionPack(candidate);
      if (!checked.ok) {
        const [first] = checked.error.issues;
        throw new AppError('EDITION.INVALID', {
          count: checked.error.issues.length,
          path: first?.path.join('.') ?? '',
          message: first?.message ?? '',
        });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const taken = await tx.customEdition.findUnique({
          where: { regionId_code: { regionId: ctx.user.regionId, code: input.code } },
          select: { id: true },
        });
        if (taken) throw new AppError('EDITION.CODE_TAKEN', { code: input.code });
        const row = await tx.customEdition.create({
          data: {
            regionId: ctx.user.regionId,
            code: input.code,
            name: input.name,
            baseCode: input.baseCode,
            pack: checked.value,
            createdById: ctx.user.id,
          },
          select: customSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'edition.create-custom',
          entity: 'CustomEdition',
          entityId: row.id,
          after: { ...row, pack: checked.value },
        });
        return row;
      });
    }),
} satisfies TRPCRouterRecord;
