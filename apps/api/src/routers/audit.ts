// The region's audit trail for ADMIN: filters and cursor pagination (newest first, by the event's serial id).
import type { Prisma } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { roleProcedure } from '../trpc.ts';

export const auditSelect = {
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
          from: z.date().optional(),
          to: z.date().optional(),
          /** The `id` of the last event of the previous page. */
          cursor: z.string().regex(/^\d+$/).optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .default({ limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      const where: Prisma.AuditEventWhereInput = {
        regionId: ctx.user.regionId,
        entity: input.entity,
        entityId: input.entityId,
        actorId: input.actorId,
        action: input.action?.endsWith('.') ? { startsWith: input.action } : input.action,
        at: input.from || input.to ? { gte: input.from, lt: input.to } : undefined,
        id: input.cursor ? { lt: BigInt(input.cursor) } : undefined,
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
        select: { id: true, name: true, email: true },
      });
      const byId = new Map(actors.map((actor) => [actor.id, actor]));
      const items = page.map((row) => ({
        ...row,
        id: row.id.toString(),
        actor: row.actorId ? (byId.get(row.actorId) ?? null) : null,
      }));
      return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
    }),
} satisfies TRPCRouterRecord;
