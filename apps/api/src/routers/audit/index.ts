// The region's audit trail for ADMIN: who did what, on which innovation and indicator, filtered the way a person
// asks (by person, innovation, kind of action, days), with cursor pagination (newest first, by serial id).
import type { Prisma } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { roleProcedure } from '../../trpc.ts';
import { actionWhereOfKind, ZAuditKind } from './kinds.ts';
import { innovationAuditWhere, resolveAuditSubjects } from './subjects.ts';

const auditSelect = {
  id: true,
  actorId: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  requestId: true,
  at: true,
} as const satisfies Prisma.AuditEventSelect;

export const auditRouter = {
  list: roleProcedure('ADMIN')
    .input(
      z
        .object({
          entity: z.string().max(60).optional(),
          entityId: z.string().max(100).optional(),
          actorId: z.string().max(100).optional(),
          /** Exact action (`unit.update`) or an area prefix ending in a dot (`unit.`). */
          action: z.string().max(100).optional(),
          /** A kind of action in words ("verifikasi", "pengajuan"), see kinds.ts. */
          kind: ZAuditKind.optional(),
          /** Everything about one innovation: itself, its submissions, their answers and national results. */
          innovationId: z.string().max(100).optional(),
          from: z.date().optional(),
          to: z.date().optional(),
          /** The `id` of the last event of the previous page. */
          cursor: z.string().regex(/^\d+$/).optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .default({ limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      const regionId = ctx.user.regionId;
      const ofInnovation = input.innovationId
        ? await innovationAuditWhere(ctx.prisma, regionId, input.innovationId)
        : undefined;
      if (ofInnovation === null) return { items: [], nextCursor: null };
      const where: Prisma.AuditEventWhereInput = {
        regionId,
        entity: input.entity,
        entityId: input.entityId,
        actorId: input.actorId,
        action: input.action?.endsWith('.') ? { startsWith: input.action } : input.action,
        at: input.from || input.to ? { gte: input.from, lt: input.to } : undefined,
        id: input.cursor ? { lt: BigInt(input.cursor) } : undefined,
        AND: [
          ...(input.kind ? [actionWhereOfKind(input.kind)] : []),
          ...(ofInnovation ? [ofInnovation] : []),
        ],
      };
      const rows = await ctx.prisma.auditEvent.findMany({
        where,
        select: auditSelect,
        orderBy: { id: 'desc' },
        take: input.limit + 1,
      });
      const page = rows.slice(0, input.limit);
      const actorIds = [...new Set(page.map((row) => row.actorId).filter((id): id is string => id !== null))];
      const actors = await ctx.prisma.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, name: true, email: true, role: true },
      });
      const byId = new Map(actors.map((actor) => [actor.id, actor]));
      const subjects = await resolveAuditSubjects(ctx.prisma, regionId, page);
      const items = page.map((row) => ({
        ...row,
        id: row.id.toString(),
        actor: row.actorId ? (byId.get(row.actorId) ?? null) : null,
        subject: subjects.get(`${row.entity}:${row.entityId}`) ?? null,
      }));
      return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
    }),

  /** What the filters offer: the region's people and innovations, by name. */
  filterOptions: roleProcedure('ADMIN').query(async ({ ctx }) => {
    const regionId = ctx.user.regionId;
    const [people, innovations] = await Promise.all([
      ctx.prisma.user.findMany({
        where: { regionId },
        select: { id: true, name: true, role: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
      ctx.prisma.innovation.findMany({
        where: { regionId },
        select: { id: true, name: true, unit: { select: { short: true } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    ]);
    return {
      people,
      innovations: innovations.map((i) => ({ id: i.id, name: i.name, unitShort: i.unit.short })),
    };
  }),
} satisfies TRPCRouterRecord;
