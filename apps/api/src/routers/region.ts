// The region's own settings (Pengaturan daerah): every signed-in user reads them (the app formats dates and counts
// "days left" in the region's zone); only an ADMIN changes them, and only for the region it belongs to.
import type { Prisma } from '@inovda/db';
import { isRegionTimeZone, REGION_TIME_ZONE_NAMES } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { AppError, fieldMessage } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { authedProcedure, roleProcedure } from '../trpc.ts';

const regionSelect = {
  id: true,
  code: true,
  name: true,
  provinceCode: true,
  provinceName: true,
  timeZone: true,
  version: true,
} as const satisfies Prisma.RegionSelect;

/** One of Indonesia's three zones; anything else is refused with a message in both languages. */
const ZRegionTimeZone = z
  .string()
  .refine(isRegionTimeZone, fieldMessage('field.TIME_ZONE', { zones: REGION_TIME_ZONE_NAMES.join(', ') }));

const ZRegionUpdate = z.object({
  /** The version the ADMIN's form was loaded from (optimistic lock). */
  version: z.number().int().positive(),
  /** The display name ("Kabupaten Pati"); the Kemendagri code and the province are not editable here. */
  name: z.string().trim().min(2).max(200).optional(),
  timeZone: ZRegionTimeZone.optional(),
});

function getRegion(prisma: Prisma.TransactionClient, regionId: string) {
  return prisma.region.findUniqueOrThrow({ where: { id: regionId }, select: regionSelect });
}

export const regionRouter = {
  /** The caller's region: code, names, province, time zone (IANA) and the version to edit it from. */
  get: authedProcedure.query(({ ctx }) => getRegion(ctx.prisma, ctx.user.regionId)),

  /**
   * Changes the region's name and/or time zone. Deadlines are instants and do not move: a zone change only
   * changes the calendar day they are shown and counted in (the reminder sweep reads the zone on every run).
   * The audit row carries the region, so the region's dashboard caches (versioned by its audit stamp) rebuild.
   */
  update: roleProcedure('ADMIN')
    .input(ZRegionUpdate)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const { version, ...fields } = input;
      return ctx.prisma.$transaction(async (tx) => {
        const before = await getRegion(tx, user.regionId);
        const data = {
          ...(fields.name !== undefined && fields.name !== before.name ? { name: fields.name } : {}),
          ...(fields.timeZone !== undefined && fields.timeZone !== before.timeZone
            ? { timeZone: fields.timeZone }
            : {}),
        };
        if (Object.keys(data).length === 0) {
          // Nothing changes: a stale form is still a conflict, but nothing is written or audited.
          if (before.version !== version)
            throw new AppError('EDIT.CONFLICT', { entity: 'Region', id: before.id, version });
          return before;
        }
        await updateVersioned('Region', { id: before.id, version }, (where) =>
          tx.region.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
        );
        const after = await getRegion(tx, user.regionId);
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'region.update',
          entity: 'Region',
          entityId: before.id,
          before,
          after,
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
