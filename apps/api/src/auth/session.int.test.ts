// The session path: one lookup per request, the sliding-expiry write at most once a minute per session, and
// the idle and absolute limits counted exactly from what is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, MemoryCookieJar, type Harness } from '../../test/harness.ts';
import { createSession, isTouchDue, SESSION_COOKIE } from './session.ts';

const MINUTE = 60_000;

describe('isTouchDue', () => {
  const t0 = new Date('2026-11-28T00:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  it('is due from one minute on, not before', () => {
    expect(isTouchDue(t0, at(0))).toBe(false);
    expect(isTouchDue(t0, at(MINUTE - 1))).toBe(false);
    expect(isTouchDue(t0, at(MINUTE))).toBe(true);
    expect(isTouchDue(t0, at(MINUTE + 1))).toBe(true);
  });
  it('is due when the stored time lies ahead of the clock (clock stepped back)', () => {
    expect(isTouchDue(t0, at(-1))).toBe(true);
  });
});

describe('loadSession through the context', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ auth: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2 } });
  });
  afterAll(() => h.close());

  async function signIn() {
    const session = await createSession(h.prisma, {
      userId: h.users.viewer.id,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      now: h.clock.now(),
      config: h.auth,
    });
    const jar = new MemoryCookieJar();
    jar.values.set(SESSION_COOKIE, session.token);
    const lastSeen = async () =>
      (await h.prisma.session.findUnique({ where: { id: session.sessionId } }))?.lastSeenAt ?? null;
    return { caller: h.callerWithJar(jar), jar, sessionId: session.sessionId, lastSeen };
  }

  it('resolves the user with its scope fields', async () => {
    const { jar, sessionId } = await signIn();
    const ctx = await h.contextFor(jar);
    expect(ctx.sessionId).toBe(sessionId);
    expect(ctx.user).toEqual({
      id: h.users.viewer.id,
      email: h.users.viewer.email,
      name: 'User viewer',
      role: 'VIEWER',
      regionId: h.users.viewer.regionId,
      unitId: null,
      locale: 'id',
    });
  });

  it('gives each of many concurrent requests its own session, and none to a bad token', async () => {
    const keys = ['admin', 'verifier', 'operator', 'viewer', 'otherRegion'] as const;
    const jars = await Promise.all(
      keys.map(async (key) => {
        const { token } = await createSession(h.prisma, {
          userId: h.users[key].id,
          ip: '127.0.0.1',
          userAgent: 'vitest',
          now: h.clock.now(),
          config: h.auth,
        });
        const jar = new MemoryCookieJar();
        jar.values.set(SESSION_COOKIE, token);
        return jar;
      }),
    );
    const unknown = new MemoryCookieJar();
    unknown.values.set(SESSION_COOKIE, 'not-a-session');
    const contexts = await Promise.all([...jars, unknown, ...jars].map((jar) => h.contextFor(jar)));
    expect(contexts.map((c) => c.user?.id ?? null)).toEqual([
      ...keys.map((k) => h.users[k].id),
      null,
      ...keys.map((k) => h.users[k].id),
    ]);
  });

  it('writes lastSeenAt at most once a minute, however many requests come', async () => {
    const { caller, lastSeen } = await signIn();
    const created = await lastSeen();
    for (let i = 0; i < 5; i += 1) {
      await expect(caller.auth.me()).resolves.not.toBeNull();
      h.clock.advance(10_000);
    }
    // 50 s of requests: nothing written.
    expect(await lastSeen()).toEqual(created);
    h.clock.advance(MINUTE - 50_000 - 1);
    await caller.auth.me();
    expect(await lastSeen()).toEqual(created);
    h.clock.advance(1);
    await caller.auth.me();
    expect(await lastSeen()).toEqual(h.clock.now());
  });

  it('ends the session exactly at the idle limit after the stored lastSeenAt', async () => {
    const { caller, lastSeen } = await signIn();
    h.clock.advance(30 * MINUTE - 1);
    await expect(caller.auth.me()).resolves.not.toBeNull();
    expect(await lastSeen()).toEqual(h.clock.now());
    h.clock.advance(30 * MINUTE - 1);
    await expect(caller.auth.me()).resolves.not.toBeNull();
    h.clock.advance(30 * MINUTE);
    await expect(caller.auth.me()).resolves.toBeNull();
    expect(await lastSeen()).toBeNull();
  });

  it('ends the session at the absolute limit although it is in use', async () => {
    const { caller } = await signIn();
    for (let used = 0; used < 2 * 60 * MINUTE - 20 * MINUTE; used += 20 * MINUTE) {
      h.clock.advance(20 * MINUTE);
      await expect(caller.auth.me()).resolves.not.toBeNull();
    }
    h.clock.advance(20 * MINUTE - 1);
    await expect(caller.auth.me()).resolves.not.toBeNull();
    h.clock.advance(1);
    await expect(caller.auth.me()).resolves.toBeNull();
  });

  it('refuses a deactivated user and removes the session', async () => {
    const { caller, lastSeen } = await signIn();
    await h.prisma.user.update({ where: { id: h.users.viewer.id }, data: { active: false } });
    try {
      await expect(caller.auth.me()).resolves.toBeNull();
      expect(await lastSeen()).toBeNull();
    } finally {
      await h.prisma.user.update({ where: { id: h.users.viewer.id }, data: { active: true } });
    }
  });
});
