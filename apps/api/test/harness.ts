// Shared fixture for API integration tests: a migrated database (PGlite, or PostgreSQL when TEST_DATABASE_URL
// is set) holding two regions. Region A: OPD "Dinas A" with "UPTD A" under it, and "Dinas B". Region B: one OPD.
// Region A has an OPEN 2026 period. Users: one per role in region A (the OPERATOR belongs to Dinas A), an OPERATOR of Dinas B, and an ADMIN of
// region B. `callerFor(key)` calls procedures through a real session cookie, one fresh context per call.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@inovda/db';
import { createTestDb, type TestDb } from '@inovda/db/testing';
import type { SerializeOptions } from 'cookie';
import type { AuthConfig } from '../src/auth/config.ts';
import { DEFAULT_AUTH_CONFIG } from '../src/auth/config.ts';
import { hashPassword } from '../src/auth/password.ts';
import { createSession, SESSION_COOKIE } from '../src/auth/session.ts';
import { createCaller } from '../src/caller.ts';
import { buildContext, type Context, type CookieJar, type RequestInfo } from '../src/context.ts';
import { createStorage, type Storage } from '../src/storage/index.ts';

export const TEST_PASSWORD = 'inovda-test-1';

/** Who calls: each role of region A, an operator of another unit, a user of another region, nobody. */
export const ACTORS = [
  'admin',
  'verifier',
  'operator',
  'viewer',
  'otherUnitOperator',
  'otherRegion',
  'anonymous',
] as const;
export type Actor = (typeof ACTORS)[number];
export type UserKey = Exclude<Actor, 'anonymous'>;

export class MemoryCookieJar implements CookieJar {
  readonly values = new Map<string, string>();
  readonly written: { name: string; value: string; options: SerializeOptions }[] = [];
  get(name: string): string | undefined {
    return this.values.get(name);
  }
  set(name: string, value: string, options: SerializeOptions): void {
    this.written.push({ name, value, options });
    if (value === '' || (options.maxAge !== undefined && options.maxAge <= 0)) this.values.delete(name);
    else this.values.set(name, value);
  }
}

/** A clock tests can move forward (session expiry, throttle windows). */
class TestClock {
  private current: number;
  constructor(start = Date.now()) {
    this.current = start;
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
}

interface HarnessUser {
  id: string;
  email: string;
  role: Role;
  regionId: string;
  unitId: string | null;
}

export interface Harness {
  db: TestDb;
  prisma: TestDb['prisma'];
  clock: TestClock;
  auth: AuthConfig;
  /** A local file store in a temporary data directory (removed on close), also in every caller's context. */
  storage: Storage;
  dataDir: string;
  region: { id: string; code: string };
  otherRegion: { id: string; code: string };
  units: { dinasA: string; uptdA: string; dinasB: string; otherRegionOpd: string };
  /** Region A's OPEN 2026 period (edition iga-2026). */
  period: { id: string; year: number };
  users: Record<UserKey, HarnessUser>;
  /** A caller signed in as `actor` (a real session), or anonymous. */
  callerFor(actor: Actor, request?: Partial<RequestInfo>): ReturnType<typeof createCaller>;
  /** A caller on a new session of `actor` (for procedures that end the session, like logout). */
  freshCallerFor(actor: UserKey, request?: Partial<RequestInfo>): Promise<ReturnType<typeof createCaller>>;
  /** A new session per user, as `Cookie` header values, for HTTP tests of `createServer`. */
  sessionCookies(): Promise<Record<UserKey, string>>;
  /** A caller with a given cookie jar (login/logout tests). */
  callerWithJar(jar: MemoryCookieJar, request?: Partial<RequestInfo>): ReturnType<typeof createCaller>;
  contextFor(jar: MemoryCookieJar, request?: Partial<RequestInfo>): Promise<Context>;
  close(): Promise<void>;
}

export async function createHarness(options: { auth?: Partial<AuthConfig> } = {}): Promise<Harness> {
  const db = await createTestDb();
  const { prisma } = db;
  const clock = new TestClock();
  const auth = { ...DEFAULT_AUTH_CONFIG, ...options.auth };
  const dataDir = await mkdtemp(join(tmpdir(), 'inovda-harness-'));
  const storage = createStorage({ dataDir });
  const region = await prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Uji' } });
  const otherRegion = await prisma.region.create({ data: { code: '33.19', name: 'Kabupaten Lain' } });
  const unit = (regionId: string, short: string, parentId: string | null, kind: 'OPD' | 'UPTD') =>
    prisma.unit.create({ data: { regionId, short, name: `Unit ${short}`, parentId, kind, urusan: [] } });
  const dinasA = await unit(region.id, 'DINAS-A', null, 'OPD');
  const uptdA = await unit(region.id, 'UPTD-A', dinasA.id, 'UPTD');
  const dinasB = await unit(region.id, 'DINAS-B', null, 'OPD');
  const otherRegionOpd = await unit(otherRegion.id, 'DINAS-X', null, 'OPD');

  const period = await prisma.period.create({
    data: { regionId: region.id, year: 2026, name: 'IID 2026', editionCode: 'iga-2026', state: 'OPEN' },
  });

  const passwordHash = await hashPassword(TEST_PASSWORD);
  const specs: Record<UserKey, { role: Role; regionId: string; unitId: string | null }> = {
    admin: { role: 'ADMIN', regionId: region.id, unitId: null },
    verifier: { role: 'VERIFIER', regionId: region.id, unitId: null },
    operator: { role: 'OPERATOR', regionId: region.id, unitId: dinasA.id },
    viewer: { role: 'VIEWER', regionId: region.id, unitId: null },
    otherUnitOperator: { role: 'OPERATOR', regionId: region.id, unitId: dinasB.id },
    otherRegion: { role: 'ADMIN', regionId: otherRegion.id, unitId: null },
  };
  const users = {} as Record<UserKey, HarnessUser>;
  const tokens = {} as Record<UserKey, string>;
  for (const [key, spec] of Object.entries(specs) as [UserKey, (typeof specs)[UserKey]][]) {
    const email = `${key.toLowerCase()}@uji.inovda.id`;
    const user = await prisma.user.create({ data: { ...spec, email, name: `User ${key}`, passwordHash } });
    users[key] = { id: user.id, email, ...spec };
    const session = await createSession(prisma, {
      userId: user.id,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      now: clock.now(),
      config: auth,
    });
    tokens[key] = session.token;
  }

  const request = (overrides: Partial<RequestInfo> = {}): RequestInfo => ({
    ip: '127.0.0.1',
    userAgent: 'vitest',
    acceptLanguage: undefined,
    secure: false,
    ...overrides,
  });
  const contextFor = (jar: MemoryCookieJar, overrides?: Partial<RequestInfo>) =>
    buildContext({ prisma, auth, now: clock.now, storage }, request(overrides), jar);
  const callerWithJar = (jar: MemoryCookieJar, overrides?: Partial<RequestInfo>) =>
    createCaller(() => contextFor(jar, overrides));
  const callerFor = (actor: Actor, overrides?: Partial<RequestInfo>) => {
    const jar = new MemoryCookieJar();
    if (actor !== 'anonymous') jar.values.set(SESSION_COOKIE, tokens[actor]);
    return callerWithJar(jar, overrides);
  };

  const freshCallerFor = async (actor: UserKey, overrides?: Partial<RequestInfo>) => {
    const session = await createSession(prisma, {
      userId: users[actor].id,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      now: clock.now(),
      config: auth,
    });
    const jar = new MemoryCookieJar();
    jar.values.set(SESSION_COOKIE, session.token);
    return callerWithJar(jar, overrides);
  };

  const sessionCookies = async () => {
    const cookies = {} as Record<UserKey, string>;
    for (const key of Object.keys(users) as UserKey[]) {
      const session = await createSession(prisma, {
        userId: users[key].id,
        ip: '127.0.0.1',
        userAgent: 'vitest',
        now: clock.now(),
        config: auth,
      });
      cookies[key] = `${SESSION_COOKIE}=${session.token}`;
    }
    return cookies;
  };

  return {
    db,
    prisma,
    clock,
    auth,
    storage,
    dataDir,
    region: { id: region.id, code: region.code },
    otherRegion: { id: otherRegion.id, code: otherRegion.code },
    units: { dinasA: dinasA.id, uptdA: uptdA.id, dinasB: dinasB.id, otherRegionOpd: otherRegionOpd.id },
    period: { id: period.id, year: period.year },
    users,
    callerFor,
    freshCallerFor,
    sessionCookies,
    callerWithJar,
    contextFor,
    close: async () => {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
