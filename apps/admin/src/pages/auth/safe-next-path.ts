/**
 * Where to go after signing in: only a path inside this app (`/x`), never another site (`//evil`, `https://…`),
 * so the `next` parameter cannot be used to send users elsewhere.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
