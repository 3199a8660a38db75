// Accounts of the region, managed by ADMIN. Password hashes never leave this file's writes: every read goes
// through `userSelect`, which does not contain it.
import { type Prisma, Role } from '@inovda/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { LANGS } from '../auth/lang.ts';
import { hashPassword, ZNewPassword } from '../auth/password.ts';
import { AppError } from '../errors.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { assertSameRegion } from '../scope.ts';
import { assertEmailFree, assertUnitForRole, userSelect, ZEmail, ZUserCreate } from '../services/users.ts';
import { roleProcedure } from '../trpc.ts';

export const userRouter = {
  list: roleProcedure('ADMIN')
    .input(
      z
        .object({
          role: z.enum(Role).optional(),
          unitId: z.string().optional(),
          active: z.boolean().optional(),
          search: z.string().trim().max(100).optional(),
          cursor: z.string().optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .default({ limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      const where: Prisma.UserWhereInput = {
        regionId: ctx.user.regionId,
        role: input.role,
        unitId: input.unitId,
        active: input.active,
        ...(input.search
          ? {
              OR: [
                { name: { contains: input.search, mode: 'insensitive' } },
                { email: { contains: input.search, mode: 'insensitive' } },
              ],
            }
          : {}),
      };
      const rows = await ctx.prisma.user.findMany({
        where,
        select: userSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: input.limit + 1,
        ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
      });
      const items = rows.slice(0, input.limit);
      return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
    }),

  create: roleProcedure('ADMIN')
    .input(ZUserCreate)
    .mutation(async ({ ctx, input }) => {
      const { password, ...data } = input;
      const passwordHash = await hashPassword(password);
      return ctx.prisma.$transaction(async (tx) => {
        await assertUnitForRole(tx, ctx.user.regionId, data.role, data.unitId);
        await assertEmailFree(tx, data.email);
        // The admin chose this password and handed it over: like an imported account, its owner must replace it
        // at the first sign-in (auth.login refuses a session until then).
        const user = await tx.user.create({
          data: { ...data, passwordHash, mustChangePassword: true, regionId: ctx.user.regionId },
          select: userSelect,
        });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'user.create',
          entity: 'User',
          entityId: user.id,
          after: user,
        });
        return user;
      });
    }),

  update: roleProcedure('ADMIN')
    .input(
      z.object({
        id: z.string(),
        version: z.number().int().positive(),
        email: ZEmail.optional(),
        name: z.string().trim().min(2).max(200).optional(),
        role: z.enum(Role).optional(),
        unitId: z.string().nullable().optional(),
        locale: z.enum(LANGS).optional(),
        active: z.boolean().optional(),
        /** A new password set by the admin; signs the user out everywhere. */
        password: ZNewPassword.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { id, version, password, ...data } = input;
      if (id === ctx.user.id && ((data.role && data.role !== ctx.user.role) || data.active === false)) {
        throw new AppError('USER.CANNOT_CHANGE_SELF');
      }
      const passwordHash = password ? await hashPassword(password) : undefined;
      return ctx.prisma.$transaction(async (tx) => {
        const current = await tx.user.findUnique({
          where: { id },
          select: { ...userSelect, regionId: true, unitId: true },
        });
        if (!current) throw new AppError('NOT_FOUND', { entity: 'User', id });
        assertSameRegion(ctx.user, current.regionId);
        const { regionId: _regionId, unitId: currentUnitId, ...before } = current;
        await assertUnitForRole(
          tx,
          ctx.user.regionId,
          data.role ?? current.role,
          data.unitId === undefined ? currentUnitId : data.unitId,
        );
        if (data.email) await assertEmailFree(tx, data.email, id);
        await updateVersioned('User', { id, version }, (where) =>
          tx.user.updateMany({
            where,
            data: { ...data, ...(passwordHash ? { passwordHash } : {}), version: { increment: 1 } },
          }),
        );
        // A new password or a deactivation ends every session of that user.
        if (passwordHash || data.active === false) await tx.session.deleteMany({ where: { userId: id } });
        const after = await tx.user.findUniqueOrThrow({ where: { id }, select: userSelect });
        await writeAudit(tx, {
          ...auditContext(ctx),
          action: 'user.update',
          entity: 'User',
          entityId: id,
          before,
          after: { ...after, passwordChanged: Boolean(passwordHash) },
        });
        return after;
      });
    }),
} satisfies TRPCRouterRecord;
