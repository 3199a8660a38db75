// The session cookie: httpOnly (no script can read it), SameSite=Lax (not sent on cross-site posts),
// Secure when configured or when the request came over https.
import type { SerializeOptions } from 'cookie';
import type { Context } from '../context.ts';
import { SESSION_COOKIE } from './session.ts';

function baseOptions(ctx: Pick<Context, 'auth' | 'secure'>): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure: ctx.auth.cookieSecure || ctx.secure, path: '/' };
}

export function setSessionCookie(
  ctx: Pick<Context, 'auth' | 'secure' | 'cookies'>,
  token: string,
  expiresAt: Date,
): void {
  ctx.cookies.set(SESSION_COOKIE, token, { ...baseOptions(ctx), expires: expiresAt });
}

export function clearSessionCookie(ctx: Pick<Context, 'auth' | 'secure' | 'cookies'>): void {
  ctx.cookies.set(SESSION_COOKIE, '', { ...baseOptions(ctx), expires: new Date(0), maxAge: 0 });
}
