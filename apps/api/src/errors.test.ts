// The error table, the message renderer and the procedure error middleware (no database needed).
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { describe, expect, it, vi } from 'vitest';
import { createCaller } from './caller.ts';
import type { Context } from './context.ts';
import { AppError, renderMessage } from './errors.ts';
import { rootLogger } from './log/logger.ts';
import { appRouter } from './routers/index.ts';

function fakeContext(prisma: unknown, lang: 'id' | 'en' = 'id'): Context {
  return {
    prisma: prisma as Context['prisma'],
    auth: { sessionIdleMinutes: 60, sessionAbsoluteHours: 24, cookieSecure: false },
    now: () => new Date('2026-11-28T00:00:00Z'),
    user: { id: 'u1', email: 'a@b.id', name: 'A', role: 'ADMIN', regionId: 'r1', unitId: null, locale: lang },
    sessionId: 's1',
    requestId: 'req-unit-1',
    ip: '127.0.0.1',
    userAgent: null,
    secure: false,
    lang,
    cookies: { get: () => undefined, set: () => undefined },
  };
}

describe('error table', () => {
  it.each([
    ['AUTH.THROTTLED', 'TOO_MANY_REQUESTS'],
    ['AUTH.INVALID_CREDENTIALS', 'UNAUTHORIZED'],
    ['SCOPE.OUT_OF_SCOPE', 'FORBIDDEN'],
    ['EDIT.CONFLICT', 'CONFLICT'],
    ['NOT_FOUND', 'NOT_FOUND'],
    ['WORKFLOW.SOMETHING_NEW', 'BAD_REQUEST'],
    ['UNHEARD.OF', 'BAD_REQUEST'],
  ])('%s maps to %s', (appCode, code) => {
    // Codes the domain returns are typed `string` there, so they come in through `fromDomain`.
    expect(AppError.fromDomain(appCode).code).toBe(code);
  });

  it('renders both languages with parameters', () => {
    // The admin's wording ("percobaan masuk", "sign-in attempts") is the one the catalogue keeps.
    expect(renderMessage('AUTH.THROTTLED', 'id', { minutes: 7 })).toBe(
      'Terlalu banyak percobaan masuk. Coba lagi dalam 7 menit.',
    );
    expect(renderMessage('AUTH.THROTTLED', 'en', { minutes: 7 })).toBe(
      'Too many sign-in attempts. Try again in 7 minutes.',
    );
    expect(renderMessage('UNHEARD.OF', 'en')).toBe('Request refused (UNHEARD.OF).');
    expect(renderMessage('WORKFLOW.X', 'id')).toBe(
      'Tindakan ini tidak dapat dilakukan pada status saat ini.',
    );
    expect(renderMessage('VALIDATION.X', 'en')).toBe('Invalid input. Check the marked fields.');
    // A placeholder without its param stays visible, so a gap shows up in review.
    expect(renderMessage('USER.EMAIL_TAKEN', 'en')).toBe('The email {{email}} is already in use.');
  });
});

describe('procedure error handling', () => {
  it('hides an unexpected failure behind INTERNAL with the request id and logs it once', async () => {
    const prisma = { period: { findMany: () => Promise.reject(new Error('secret connection detail')) } };
    const log = vi.spyOn(rootLogger(), 'error').mockImplementation(() => undefined);
    try {
      const error = await createCaller(fakeContext(prisma))
        .period.list()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        appCode: 'INTERNAL',
        code: 'INTERNAL_SERVER_ERROR',
        params: { requestId: 'req-unit-1' },
      });
      expect((error as Error).message).not.toContain('secret');
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });

  it('gives zod field errors in Indonesian by default and keeps bilingual custom messages', async () => {
    const error = await createCaller(fakeContext({}, 'id'))
      .auth.changePassword({ currentPassword: 'x', newPassword: 'hanyahurufsaja' })
      .catch((e: unknown) => e);
    const shape = getErrorShape({
      config: appRouter._def._config,
      error: error as AppError,
      type: 'mutation',
      path: 'auth.changePassword',
      input: undefined,
      ctx: fakeContext({}, 'id'),
    });
    expect(shape.data).toMatchObject({
      appCode: 'VALIDATION.INVALID_INPUT',
      fieldErrors: { newPassword: ['Kata sandi harus memuat angka atau simbol.'] },
      requestId: 'req-unit-1',
    });
    const short = await createCaller(fakeContext({}, 'id'))
      .auth.changePassword({ currentPassword: 'x', newPassword: 'a1' })
      .catch((e: unknown) => e);
    const shortShape = getErrorShape({
      config: appRouter._def._config,
      error: short as AppError,
      type: 'mutation',
      path: 'auth.changePassword',
      input: undefined,
      ctx: fakeContext({}, 'id'),
    });
    expect((shortShape.data.fieldErrors as Record<string, string[]>).newPassword?.[0]).toMatch(
      /Terlalu kecil|minimal|karakter/i,
    );
  });
});
