// Session authentication for the upload and download endpoints: the same cookie and the same session lookup
// as the tRPC context. The user is remembered per Node request, where the tus hooks find it again.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@inovda/db';
import { parse as parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import type { AuthConfig } from '../auth/config.ts';
import { pickLang } from '../auth/lang.ts';
import { loadSession, SESSION_COOKIE, type SessionUser } from '../auth/session.ts';
import type { Lang } from '../errors.ts';
import { errorBody } from './upload-errors.ts';

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
      res
        .status(401)
        .type('application/json')
        .send(errorBody('AUTH.UNAUTHENTICATED', {}, lang));
      return;
    }
    users.set(req, { user: session.user, lang });
    next();
  };
}
