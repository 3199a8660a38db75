// Units (OPD and the UPTD, puskesmas, schools, kecamatan under them) as a tree. Everyone reads their scope;
// only ADMIN creates and changes units.
import type { Prisma } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { assertSameRegion, collectSubtree, isRegionWide, listScopeUnitIds } from '../scope.ts';
import { unitSelect, ZUnitFields } from '../services/units.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';
import { buildUnitTree, resolveActivePeriodId } from './unit-tree.ts';

/** A unit name as people compare it: case and spacing do not make two units different. */
function unitNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/** Refuses a name another unit of the region already has (`UNIT.NAME_TAKEN`, with that unit's name). */
async function assertUnitNameFree(
  tx: Prisma.TransactionClient,
  regionId: string,
  name: string,
  exceptId?: string,
) {
  const key = unitNameKey(name);
  const units = await tx.unit.findMany({ where: { regionId }, select: { id: true, name: true } });
  const clash = units.find((unit) => unit.id !== exceptId && unitNameKey(unit.name) === key);
  if (clash) throw new AppError('UNIT.NAME_TAKEN', { name: clash.name });
}

async function loadUnit(tx: Prisma.TransactionClient, user: { regionId: string }, id: string) {
  const unit = await tx.unit.findUnique({ where: { id }, select: { ...unitSelect, regionId: true } });
  if (!unit) throw new AppError('NOT_FOUND', { entity: 'Unit', id });
  assertSameRegion(user, unit.regionId);
  const { regionId: _regionId, ...row } = unit;
  return row;
}

export const unitRouter = {
  /** The unit forest of the caller's scope with innovation counts (in `periodId`, default the active period). */
  list: authedProcedure
    .input(
      z
        .object({ periodId: z.string().optional(), includeInactive: z.boolean().default(false) })
        .default({ includeInactive: false }),
    )
    .query(async ({ ctx, input }) => {
      const { user, prisma } = ctx;
      const periodId = await resolveActivePeriodId(prisma, user.regionId, input.periodId);
      const scopeIds = isRegionWide(user) ? null : await listScopeUnitIds(prisma, user);
      const units = await prisma.unit.findMany({
        where: {
          regionId: user.regionId,
          ...(scopeIds ? { id: { in: scopeIds } } : {}),
          ...(input.includeInactive ? {} : { active: true }),
        },
        select: unitSelect,
        orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      });
      const inScope = units.map((unit) => unit.id);
      const [total, inPeriod] = await Promise.all([
        prisma.innovation.groupBy({
          by: ['unitId'],
          where: { regionId: user.regionId, unitId: { in: inScope } },
          _count: { _all: true },
        }),
        periodId
          ? prisma.innovation.groupBy({
              by: ['unitId'],
              where: {
                regionId: user.regionId,
                unitId: { in: inScope },
                submissions: { some: { periodId } },
              },
              _count: { _all: true },
            })
          : Promise.resolve([]),
      ]);
      return { periodId, units: buildUnitTree(units, total, inPeriod) };
    }),

  create: roleProcedure('ADMIN')
    .input(ZUnitFields.extend({ parentId: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      return ctx.prisma.$transaction(async (tx) => {
        if (input.parentId) await loadUnit(tx, user, input.parentId);
        await assertUnitNameFree(tx, user.regionId, input.name);
        const unit = await tx.unit.create({
          data: { ...input, name: input.name.replace(/\s+/g, ' '), regionId: user.regionId },
          select: unitSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'unit.create',
          entity: 'Unit',
          entityId: unit.id,
          after: unit,
        });
        return unit;
      });
    }),

  update: roleProcedure('ADMIN')
    .input(
      ZUnitFields.partial().extend({
        id: z.string(),
        version: z.number().int().positive(),
        parentId: z.string().nullable().optional(),
        active: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const { id, version, ...data } = input;
      return ctx.prisma.$transaction(async (tx) => {
        const before = await loadUnit(tx, user, id);
        if (data.name !== undefined) {
          await assertUnitNameFree(tx, user.regionId, data.name, id);
          data.name = data.name.replace(/\s+/g, ' ');
        }
        if (data.parentId) {
          await loadUnit(tx, user, data.parentId);
          const all = await tx.unit.findMany({
            where: { regionId: user.regionId },
            select: { id: true, parentId: true },
          });
          if (collectSubtree(all, id).includes(data.parentId))
            throw new AppError('UNIT.PARENT_CYCLE', { id, parentId: data.parentId });
        }
        if (data.active === false && before.active) {
          const activeChildren = await tx.unit.count({ where: { parentId: id, active: true } });
          if (activeChildren > 0) throw new AppError('UNIT.HAS_ACTIVE_CHILDREN', { count: activeChildren });
        }
        await updateVersioned('Unit', { id, version }, (where) =>
          tx.unit.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
        );
        const after = await tx.unit.findUniqueOrThrow({ where: { id }, select: unitSelect });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'unit.update',
          entity: 'Unit',
          entityId: id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
