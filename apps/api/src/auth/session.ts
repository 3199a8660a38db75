// Server-side sessions. The cookie holds a random token; the database keeps only its sha256 as the row id,
// so a leaked database cannot be replayed as cookies. Expiry is absolute (`expiresAt`) and idle (`lastSeenAt`).
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient, Role } from '@inovda/db';
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

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  regionId: true,
  unitId: true,
  locale: true,
  active: true,
} as const;

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

export function isSessionExpired(
  session: { expiresAt: Date; lastSeenAt: Date },
  now: Date,
  config: AuthConfig,
): boolean {
  const idleLimit = session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
  return now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleLimit;
}

/** Resolves a cookie token to its session and user; deletes the session when it has expired. */
export async function loadSession(
  prisma: PrismaClient,
  token: string,
  now: Date,
  config: AuthConfig,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  const sessionId = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  if (!session) return null;
  if (isSessionExpired(session, now, config) || !session.user.active) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { active: _active, locale, ...user } = session.user;
  return { sessionId, user: { ...user, locale: isLang(locale) ? locale : 'id' } };
}

/** Removes sessions past their absolute expiry (idle ones are removed when next presented). */
export async function purgeExpiredSessions(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
