// Server-side sessions. The cookie holds a random token; the database keeps only its sha256 as the row id,
// so a leaked database cannot be replayed as cookies. Expiry is absolute (`expiresAt`) and idle (`lastSeenAt`).
import { createHash, randomBytes } from 'node:crypto';
import { fastSqlOf, type Prisma, type PrismaClient, type Role } from '@inovda/db';
import type { Lang } from '../errors.ts';
import { isLang } from './lang.ts';
import type { AuthConfig } from './config.ts';

export const SESSION_COOKIE = 'inovda_session';
/** `lastSeenAt` is written at most this often, so reads do not turn into a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionId: string;
  unitId: string | null;
  locale: Lang;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  prisma: Prisma.TransactionClient,
  input: { userId: string; ip: string; userAgent: string | null; now: Date; config: AuthConfig },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = createToken();
  const sessionId = hashToken(token);
  const expiresAt = new Date(input.now.getTime() + input.config.sessionAbsoluteHours * 3_600_000);
  await prisma.session.create({
    data: {
      id: sessionId,
      userId: input.userId,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    },
  });
  return { token, sessionId, expiresAt };
}

function isSessionExpired(
  session: { expiresAt: Date; lastSeenAt: Date },
  now: Date,
  config: AuthConfig,
): boolean {
  const idleLimit = session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
  return now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleLimit;
}

interface SessionRow extends SessionUser {
  sessionId: string;
  expiresAtMs: number;
  lastSeenAtMs: number;
  active: boolean;
}

// Only the columns a request needs, timestamps as epoch milliseconds (the columns hold UTC, as Prisma writes
// them), on `fastSqlOf`: the same pool or instance as Prisma without its per-query pipeline.
const SESSION_SQL = `
  SELECT s.id AS "sessionId",
    (extract(epoch FROM s."expiresAt") * 1000)::float8 AS "expiresAtMs",
    (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAtMs",
    u.id, u.email, u.name, u.role::text AS role, u."regionId", u."unitId", u.locale, u.active
  FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s.id = $1`;

/**
 * Resolves a cookie token to its session and user; deletes the session when it has expired. One statement
 * reads the session joined with its user. `lastSeenAt` is
 * written only when it is at least TOUCH_INTERVAL_MS old, so a busy session costs one write a minute, not one
 * per request; the idle limit is therefore counted from a `lastSeenAt` that may lag the last use by under a
 * minute: a session can end up to a minute early, never late.
 */
export async function loadSession(
  prisma: PrismaClient,
  token: string,
  now: Date,
  config: AuthConfig,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  const sessionId = hashToken(token);
  const [row] = await fastSqlOf(prisma)<SessionRow>(SESSION_SQL, [sessionId]);
  if (!row) return null;
  const { expiresAtMs, lastSeenAtMs, active, locale, sessionId: _id, ...user } = row;
  const lastSeenAt = new Date(lastSeenAtMs);
  if (isSessionExpired({ expiresAt: new Date(expiresAtMs), lastSeenAt }, now, config) || !active) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (isTouchDue(lastSeenAt, now)) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { sessionId, user: { ...user, locale: isLang(locale) ? locale : 'id' } };
}

/** The sliding-expiry write is due once `lastSeenAt` is a minute old (or in the future after a clock step back). */
export function isTouchDue(lastSeenAt: Date, now: Date): boolean {
  const age = now.getTime() - lastSeenAt.getTime();
  return age >= TOUCH_INTERVAL_MS || age < 0;
}

/** Removes sessions past their absolute expiry (idle ones are removed when next presented). */
export async function purgeExpiredSessions(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
