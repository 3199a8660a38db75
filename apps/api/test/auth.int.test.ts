// Sign-in, throttling, session expiry and logout through the real procedures and a cookie jar.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, SESSION_COOKIE } from '../src/auth/session.ts';
import { THROTTLE } from '../src/auth/throttle.ts';
import { AppError } from '../src/errors.ts';
import { createHarness, type Harness, MemoryCookieJar, TEST_PASSWORD } from './harness.ts';

async function appCodeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).appCode;
}

describe('auth', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ auth: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('logs in with the right password, sets an httpOnly SameSite=Lax cookie and stores only its hash', async () => {
    const jar = new MemoryCookieJar();
    const me = await h
      .callerWithJar(jar)
      .auth.login({ email: ' Viewer@UJI.inovda.id ', password: TEST_PASSWORD });
    expect(me).toMatchObject({ email: 'viewer@uji.inovda.id', role: 'VIEWER', region: { code: '33.18' } });
    expect(me).not.toHaveProperty('passwordHash');
    const cookie = jar.written.at(-1);
    expect(cookie).toMatchObject({
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    });
    const token = jar.get(SESSION_COOKIE) ?? '';
    expect(await h.prisma.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await h.prisma.session.findUnique({ where: { id: hashToken(token) } })).not.toBeNull();
    expect(await h.callerWithJar(jar).auth.me()).toMatchObject({ email: 'viewer@uji.inovda.id' });
  });

  it('replaces the browser’s previous session when it signs in again', async () => {
    const jar = new MemoryCookieJar();
    await h.callerWithJar(jar).auth.login({ email: h.users.viewer.email, password: TEST_PASSWORD });
    const first = hashToken(jar.get(SESSION_COOKIE) ?? '');
    await h.callerWithJar(jar).auth.login({ email: h.users.admin.email, password: TEST_PASSWORD });
    expect(await h.prisma.session.findUnique({ where: { id: first } })).toBeNull();
    await expect(h.callerWithJar(jar).auth.me()).resolves.toMatchObject({ role: 'ADMIN' });
  });

  it('marks the cookie Secure on https requests', async () => {
    const jar = new MemoryCookieJar();
    await h
      .callerWithJar(jar, { secure: true })
      .auth.login({ email: h.users.viewer.email, password: TEST_PASSWORD });
    expect(jar.written.at(-1)?.options.secure).toBe(true);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const caller = h.callerFor('anonymous', { ip: '10.0.0.1' });
    expect(
      await appCodeOf(caller.auth.login({ email: h.users.verifier.email, password: 'wrong-password-1' })),
    ).toBe('AUTH.INVALID_CREDENTIALS');
    expect(
      await appCodeOf(caller.auth.login({ email: 'nobody@uji.inovda.id', password: 'wrong-password-1' })),
    ).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('throttles an account from one address after 5 failures in 15 minutes, even with the right password, then lets it in again', async () => {
    const email = h.users.admin.email;
    const ip = '10.1.0.1';
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      const caller = h.callerFor('anonymous', { ip });
      expect(await appCodeOf(caller.auth.login({ email, password: `wrong-${i}-password` }))).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
      h.clock.advance(60_000);
    }
    const blocked = await h
      .callerFor('anonymous', { ip })
      .auth.login({ email, password: TEST_PASSWORD })
      .catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(AppError);
    expect(blocked).toMatchObject({
      appCode: 'AUTH.THROTTLED',
      code: 'TOO_MANY_REQUESTS',
      params: { minutes: 10 },
    });
    // The first failure (5 minutes ago) leaves the window 15 minutes after it happened: 10 minutes from now.
    h.clock.advance(9 * 60_000);
    expect(
      await appCodeOf(h.callerFor('anonymous', { ip }).auth.login({ email, password: TEST_PASSWORD })),
    ).toBe('AUTH.THROTTLED');
    h.clock.advance(60_000);
    await expect(
      h.callerFor('anonymous', { ip }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email });
  });

  it('checks parallel wrong passwords one at a time: 12 at once are verified 5 times and lock like 12 in a row', async () => {
    const email = h.users.otherRegion.email;
    const ip = '10.5.0.1';
    const codes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appCodeOf(h.callerFor('anonymous', { ip }).auth.login({ email, password: `salah-${i}-sandi` })),
      ),
    );
    expect(codes.filter((c) => c === 'AUTH.INVALID_CREDENTIALS')).toHaveLength(THROTTLE.perAccount);
    expect(codes.filter((c) => c === 'AUTH.THROTTLED')).toHaveLength(12 - THROTTLE.perAccount);
    expect(await h.prisma.loginAttempt.count({ where: { email, ip } })).toBe(THROTTLE.perAccount);
    expect(
      await appCodeOf(h.callerFor('anonymous', { ip }).auth.login({ email, password: TEST_PASSWORD })),
    ).toBe('AUTH.THROTTLED');
    h.clock.advance(THROTTLE.windowMinutes * 60_000);
  });

  it('counts parallel guesses from one address across accounts atomically (20 per address)', async () => {
    const ip = '10.6.0.1';
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        appCodeOf(
          h
            .callerFor('anonymous', { ip })
            .auth.login({ email: `tebak${i}@uji.inovda.id`, password: 'salah-sandi-1' }),
        ),
      ),
    );
    expect(codes.filter((c) => c === 'AUTH.INVALID_CREDENTIALS')).toHaveLength(THROTTLE.perAddress);
    expect(await h.prisma.loginAttempt.count({ where: { ip } })).toBe(THROTTLE.perAddress);
    h.clock.advance(THROTTLE.windowMinutes * 60_000);
  });

  it('does not let a stranger lock the owner out: the owner signs in from an address that worked before', async () => {
    const email = h.users.operator.email;
    const home = '10.7.0.1';
    await expect(
      h.callerFor('anonymous', { ip: home }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
    h.clock.advance(60 * 60_000);
    // Guesses from many addresses: the account gets a growing delay, not a 15-minute lock.
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect(
        await appCodeOf(
          h.callerFor('anonymous', { ip: `10.7.1.${i}` }).auth.login({ email, password: 'salah-sandi-7' }),
        ),
      ).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const delayed = await h
      .callerFor('anonymous', { ip: '10.7.2.1' })
      .auth.login({ email, password: TEST_PASSWORD })
      .catch((e: unknown) => e);
    expect(delayed).toMatchObject({ appCode: 'AUTH.THROTTLED', params: { minutes: 1 } });
    // The owner's own address is not held back by strangers' failures.
    await expect(
      h.callerFor('anonymous', { ip: home }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email });
  });

  it('delays an account guessed from many addresses progressively (1, 2, 4 ... minutes), capped by the window', async () => {
    const email = h.users.viewer.email;
    const guess = async (ip: string) =>
      appCodeOf(h.callerFor('anonymous', { ip }).auth.login({ email, password: 'salah-sandi-8' }));
    for (let i = 0; i < THROTTLE.perAccount; i++)
      expect(await guess(`10.8.0.${i}`)).toBe('AUTH.INVALID_CREDENTIALS');
    expect(
      await h
        .callerFor('anonymous', { ip: '10.8.1.1' })
        .auth.login({ email, password: 'x-salah-1' })
        .catch((e: unknown) => e),
    ).toMatchObject({ appCode: 'AUTH.THROTTLED', params: { minutes: 1 } });
    h.clock.advance(60_000);
    expect(await guess('10.8.1.2')).toBe('AUTH.INVALID_CREDENTIALS');
    expect(
      await h
        .callerFor('anonymous', { ip: '10.8.1.3' })
        .auth.login({ email, password: 'x-salah-1' })
        .catch((e: unknown) => e),
    ).toMatchObject({ appCode: 'AUTH.THROTTLED', params: { minutes: 2 } });
    h.clock.advance(2 * 60_000);
    expect(await guess('10.8.1.4')).toBe('AUTH.INVALID_CREDENTIALS');
    expect(
      await h
        .callerFor('anonymous', { ip: '10.8.1.5' })
        .auth.login({ email, password: 'x-salah-1' })
        .catch((e: unknown) => e),
    ).toMatchObject({ appCode: 'AUTH.THROTTLED', params: { minutes: 4 } });
    h.clock.advance(4 * 60_000);
    await expect(
      h.callerFor('anonymous', { ip: '10.8.2.1' }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email });
  });

  it('counts account failures only since the last successful login', async () => {
    const email = h.users.otherUnitOperator.email;
    const fail = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const caller = h.callerFor('anonymous', { ip: `10.4.0.${i}` });
        expect(await appCodeOf(caller.auth.login({ email, password: 'wrong-password-9' }))).toBe(
          'AUTH.INVALID_CREDENTIALS',
        );
        h.clock.advance(1_000);
      }
    };
    await fail(THROTTLE.perAccount - 1);
    await expect(
      h.callerFor('anonymous', { ip: '10.4.1.1' }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
    h.clock.advance(1_000);
    await fail(THROTTLE.perAccount - 1);
    await expect(
      h.callerFor('anonymous', { ip: '10.4.1.2' }).auth.login({ email, password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
    h.clock.advance(1_000);
    await fail(THROTTLE.perAccount);
    expect(
      await appCodeOf(
        h.callerFor('anonymous', { ip: '10.4.1.3' }).auth.login({ email, password: TEST_PASSWORD }),
      ),
    ).toBe('AUTH.THROTTLED');
  });

  it('throttles an address after 20 failures across accounts', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      const caller = h.callerFor('anonymous', { ip });
      await appCodeOf(caller.auth.login({ email: `guess${i}@uji.inovda.id`, password: 'wrong-password-1' }));
    }
    const other = h.callerFor('anonymous', { ip });
    expect(
      await appCodeOf(other.auth.login({ email: h.users.operator.email, password: TEST_PASSWORD })),
    ).toBe('AUTH.THROTTLED');
    const elsewhere = h.callerFor('anonymous', { ip: '10.2.0.2' });
    await expect(
      elsewhere.auth.login({ email: h.users.operator.email, password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
  });

  it('ends a session after the idle limit and deletes it', async () => {
    const caller = await h.freshCallerFor('verifier');
    await expect(caller.auth.me()).resolves.toMatchObject({ role: 'VERIFIER' });
    const sessionsBefore = await h.prisma.session.count({ where: { userId: h.users.verifier.id } });
    h.clock.advance(29 * 60_000);
    await expect(caller.auth.me()).resolves.not.toBeNull();
    h.clock.advance(29 * 60_000); // 29 minutes after the last use: still inside the sliding window
    await expect(caller.auth.me()).resolves.not.toBeNull();
    h.clock.advance(31 * 60_000);
    await expect(caller.auth.me()).resolves.toBeNull();
    await expect(caller.auth.setLocale({ locale: 'en' })).rejects.toMatchObject({
      appCode: 'AUTH.UNAUTHENTICATED',
    });
    expect(await h.prisma.session.count({ where: { userId: h.users.verifier.id } })).toBeLessThan(
      sessionsBefore,
    );
  });

  it('ends a session at the absolute limit even when it is used all the time', async () => {
    const caller = await h.freshCallerFor('operator');
    for (let minutes = 0; minutes < 120; minutes += 20) {
      await expect(caller.auth.me()).resolves.not.toBeNull();
      h.clock.advance(20 * 60_000);
    }
    await expect(caller.auth.me()).resolves.toBeNull();
  });

  it('logs out: deletes the session, clears the cookie, and the old token no longer works', async () => {
    const jar = new MemoryCookieJar();
    await h.callerWithJar(jar).auth.login({ email: h.users.viewer.email, password: TEST_PASSWORD });
    const token = jar.get(SESSION_COOKIE) ?? '';
    await h.callerWithJar(jar).auth.logout();
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await h.prisma.session.findUnique({ where: { id: hashToken(token) } })).toBeNull();
    const replay = new MemoryCookieJar();
    replay.values.set(SESSION_COOKIE, token);
    await expect(h.callerWithJar(replay).auth.me()).resolves.toBeNull();
    const audit = await h.prisma.auditEvent.findFirst({
      where: { action: 'auth.logout', actorId: h.users.viewer.id },
    });
    expect(audit).not.toBeNull();
  });

  it('changes the password only with the current one and signs out other devices', async () => {
    const other = await h.freshCallerFor('viewer');
    const caller = await h.freshCallerFor('viewer');
    await expect(
      caller.auth.changePassword({ currentPassword: 'not-it-at-all', newPassword: 'baru-sekali-2' }),
    ).rejects.toMatchObject({
      appCode: 'AUTH.WRONG_CURRENT_PASSWORD',
    });
    await caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'baru-sekali-2' });
    await expect(caller.auth.me()).resolves.not.toBeNull();
    await expect(other.auth.me()).resolves.toBeNull();
    await expect(
      h
        .callerFor('anonymous', { ip: '10.3.0.1' })
        .auth.login({ email: h.users.viewer.email, password: 'baru-sekali-2' }),
    ).resolves.toBeTruthy();
    await caller.auth.changePassword({ currentPassword: 'baru-sekali-2', newPassword: TEST_PASSWORD });
  });

  it('rejects a weak new password with field errors', async () => {
    const caller = await h.freshCallerFor('viewer');
    const error = await caller.auth
      .changePassword({ currentPassword: TEST_PASSWORD, newPassword: 'onlyletters' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });

  it('stores the locale and uses it for messages', async () => {
    const caller = await h.freshCallerFor('operator');
    await expect(caller.auth.setLocale({ locale: 'en' })).resolves.toMatchObject({ locale: 'en' });
    const ctx = await h.contextFor(new MemoryCookieJar());
    expect(ctx.lang).toBe('id');
    const en = await h.contextFor(new MemoryCookieJar(), { acceptLanguage: 'en-US,en;q=0.9,id;q=0.8' });
    expect(en.lang).toBe('en');
    await caller.auth.setLocale({ locale: 'id' });
  });
});
