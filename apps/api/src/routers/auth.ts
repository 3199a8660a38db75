// Sign in and out, who am I, own password and language. Everything else requires a session.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/cookie.ts';
import { LANGS } from '../auth/lang.ts';
import { checkCredentials, normalizeEmail } from '../auth/login.ts';
import { getMe } from '../auth/me.ts';
import { hashPassword, verifyPassword, ZNewPassword } from '../auth/password.ts';
import { createSession } from '../auth/session.ts';
import { claimLoginAttempt, markLoginSucceeded } from '../auth/throttle.ts';
import { AppError } from '../errors.ts';
import { authedProcedure, publicProcedure } from '../trpc.ts';

const ZLoginInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1000),
  /**
   * The user's own new password, required (once) when the account has a generated initial password
   * (`mustChangePassword`, set by the bulk import): such an account gets no session until it chooses one.
   */
  newPassword: ZNewPassword.optional(),
});
const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: ZNewPassword,
});

export const authRouter = {
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const userId = await checkCredentials(ctx.prisma, { ...input, ip: ctx.ip, now });
    const { mustChangePassword, regionId } = await ctx.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { mustChangePassword: true, regionId: true },
    });
    if (mustChangePassword && !input.newPassword) throw new AppError('AUTH.PASSWORD_CHANGE_REQUIRED');
    if (mustChangePassword && input.newPassword === input.password)
      throw new AppError('AUTH.NEW_PASSWORD_SAME');
    const newHash = mustChangePassword && input.newPassword ? await hashPassword(input.newPassword) : null;
    const created = await ctx.prisma.$transaction(async (tx) => {
      if (newHash) {
        await tx.user.update({
          where: { id: userId },
          data: { passwordHash: newHash, mustChangePassword: false, version: { increment: 1 } },
        });
        await writeAudit(tx, {
          actor: { id: userId, regionId },
          action: 'auth.changePassword',
          entity: 'User',
          entityId: userId,
          after: { initialPasswordReplaced: true },
          requestId: ctx.requestId,
        });
      }
      // Expired sessions of this user, and the session this browser had before (a re-login replaces it).
      await tx.session.deleteMany({
        where: {
          OR: [{ userId, expiresAt: { lte: now } }, ...(ctx.sessionId ? [{ id: ctx.sessionId }] : [])],
        },
      });
      const user = await tx.user.update({
        where: { id: userId },
        data: { lastLoginAt: now },
        select: { regionId: true },
      });
      await writeAudit(tx, {
        actor: { id: userId, regionId: user.regionId },
        action: 'auth.login',
        entity: 'User',
        entityId: userId,
        after: { ip: ctx.ip },
        requestId: ctx.requestId,
      });
      return createSession(tx, { userId, ip: ctx.ip, userAgent: ctx.userAgent, now, config: ctx.auth });
    });
    setSessionCookie(ctx, created.token, created.expiresAt);
    return getMe(ctx.prisma, userId);
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId && ctx.user) {
      const { user, sessionId } = ctx;
      await ctx.prisma.$transaction(async (tx) => {
        await tx.session.deleteMany({ where: { id: sessionId } });
        await writeAudit(tx, {
          ...auditContext({ user, requestId: ctx.requestId }),
          action: 'auth.logout',
          entity: 'User',
          entityId: user.id,
        });
      });
    }
    clearSessionCookie(ctx);
    return { ok: true as const };
  }),

  /** The signed-in user, or null when there is no valid session (the app's start page asks this first). */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? getMe(ctx.prisma, ctx.user.id) : null)),

  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const email = normalizeEmail(ctx.user.email);
    // A stolen session must not become an unlimited password oracle: guesses count as failed logins.
    const attemptId = await claimLoginAttempt(ctx.prisma, { email, ip: ctx.ip, now });
    const current = await ctx.prisma.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(current.passwordHash, input.currentPassword)))
      throw new AppError('AUTH.WRONG_CURRENT_PASSWORD');
    await markLoginSucceeded(ctx.prisma, attemptId);
    const passwordHash = await hashPassword(input.newPassword);
    const { user, sessionId } = ctx;
    await ctx.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
      // Other devices are signed out; this one stays signed in.
      await tx.session.deleteMany({ where: { userId: user.id, NOT: { id: sessionId ?? '' } } });
      await writeAudit(tx, {
        ...auditContext({ user, requestId: ctx.requestId }),
        action: 'auth.changePassword',
        entity: 'User',
        entityId: user.id,
      });
    });
    return { ok: true as const };
  }),

  setLocale: authedProcedure.input(z.object({ locale: z.enum(LANGS) })).mutation(async ({ ctx, input }) => {
    const { user } = ctx;
    await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } });
      await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
      await writeAudit(tx, {
        ...auditContext({ user, requestId: ctx.requestId }),
        action: 'auth.setLocale',
        entity: 'User',
        entityId: user.id,
        before,
        after: { locale: input.locale },
      });
    });
    return getMe(ctx.prisma, user.id);
  }),
} satisfies TRPCRouterRecord;
