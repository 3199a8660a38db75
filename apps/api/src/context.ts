// The per-request context of every procedure: database, session user, request id, client address and language.
// `createContextFactory` serves Express; `buildContext` is the same thing for tests and other transports.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@inovda/db';
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { parse as parseCookie, serialize as serializeCookie, type SerializeOptions } from 'cookie';
import type { AuthConfig } from './auth/config.ts';
import { pickLang } from './auth/lang.ts';
import { loadSession, SESSION_COOKIE, type SessionUser } from './auth/session.ts';
import type { Lang } from './errors.ts';
import type { ReminderMailQueue } from './jobs/types.ts';
import type { Storage } from './storage/index.ts';

/** Reads the request's cookies and writes Set-Cookie headers; an in-memory jar in tests. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: SerializeOptions): void;
}

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  acceptLanguage: string | undefined;
  /** The request arrived over https (directly or through a trusted proxy). */
  secure: boolean;
  requestId?: string;
}

export interface ContextDeps {
  prisma: PrismaClient;
  auth: AuthConfig;
  /** The clock; tests move it to check expiry and throttling windows. */
  now?: () => Date;
  /** The content-addressed file store (evidence, frozen packages); procedures that need it ask for it. */
  storage?: Storage;
  /** Queues reminder e-mails (src/jobs); null or absent when e-mail or the job runner is off. */
  reminderMail?: ReminderMailQueue | null;
}

export interface Context {
  prisma: PrismaClient;
  auth: AuthConfig;
  now: () => Date;
  user: SessionUser | null;
  sessionId: string | null;
  requestId: string;
  ip: string;
  userAgent: string | null;
  secure: boolean;
  lang: Lang;
  cookies: CookieJar;
  storage?: Storage;
  reminderMail?: ReminderMailQueue | null;
}

export async function buildContext(
  deps: ContextDeps,
  request: RequestInfo,
  cookies: CookieJar,
): Promise<Context> {
  const now = deps.now ?? (() => new Date());
  const token = cookies.get(SESSION_COOKIE);
  const session = token ? await loadSession(deps.prisma, token, now(), deps.auth) : null;
  return {
    prisma: deps.prisma,
    auth: deps.auth,
    now,
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    requestId: request.requestId ?? randomUUID(),
    ip: request.ip,
    userAgent: request.userAgent,
    secure: request.secure,
    lang: pickLang(session?.user.locale, request.acceptLanguage),
    cookies,
    storage: deps.storage,
    reminderMail: deps.reminderMail ?? null,
  };
}

/** Cookies of an Express request/response pair. */
function createExpressCookieJar(opts: Pick<CreateExpressContextOptions, 'req' | 'res'>): CookieJar {
  const parsed = parseCookie(opts.req.headers.cookie ?? '');
  return {
    get: (name) => parsed[name],
    set: (name, value, options) => {
      opts.res.append('Set-Cookie', serializeCookie(name, value, options));
    },
  };
}

export function createContextFactory(deps: ContextDeps) {
  return ({ req, res }: CreateExpressContextOptions): Promise<Context> => {
    const locals = res.locals as { requestId?: unknown };
    const request: RequestInfo = {
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      acceptLanguage: req.headers['accept-language'],
      secure: req.secure,
      requestId: typeof locals.requestId === 'string' ? locals.requestId : undefined,
    };
    return buildContext(deps, request, createExpressCookieJar({ req, res }));
  };
}
