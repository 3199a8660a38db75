// Session authentication for the Express endpoints beside tRPC (uploads, downloads, imports, exports): the same
// cookie and the same session lookup as the tRPC context. The user is remembered per Node request, where the tus hooks find it again.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@inovda/db';
import { parse as parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import type { Lang } from '../errors.ts';
import { sendErrorBody } from '../http-errors.ts';
import type { AuthConfig } from './config.ts';
import { pickLang } from './lang.ts';
import { loadSession, SESSION_COOKIE, type SessionUser } from './session.ts';

export interface RequestUser {
  user: SessionUser;
  lang: Lang;
}

const users = new WeakMap<IncomingMessage, RequestUser>();

/** The signed-in user of a Node request that went through `requireSession`. */
export function getRequestUser(req: IncomingMessage | undefined): RequestUser | undefined {
  return req ? users.get(req) : undefined;
}

export function requireSession(deps: { prisma: PrismaClient; auth: AuthConfig; now: () => Date }) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // CORS preflight carries no cookie; tus answers it itself.
    if (req.method === 'OPTIONS') return next();
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    const session = token ? await loadSession(deps.prisma, token, deps.now(), deps.auth) : null;
    const lang = pickLang(session?.user.locale, req.headers['accept-language']);
    if (!session) {
      sendErrorBody(res, 401, 'AUTH.UNAUTHENTICATED', {}, lang);
      return;
    }
    users.set(req, { user: session.user, lang });
    next();
  };
}
