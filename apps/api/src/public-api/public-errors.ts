// Error bodies of the public API: always `{ ok: false, issues }`, the same shape as the library's results,
// with every message in Indonesian and English, so a client in any language handles one format.
import type { PortfolioIssue } from '@inovda/domain';
import type { Response } from 'express';

/** Codes of request-level problems (document problems keep the library's `PORTFOLIO.*` codes). */
export type PublicRequestCode =
  | 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
  | 'REQUEST.TOO_LARGE'
  | 'REQUEST.RATE_LIMITED'
  | 'REQUEST.INVALID_PARAMETER'
  | 'REQUEST.NOT_FOUND';

/** One request-level issue in the library's issue shape. */
export interface PublicIssue {
  code: PortfolioIssue['code'] | PublicRequestCode;
  path: string;
  message: { id: string; en: string };
  line?: number;
  column?: number;
}

export function requestIssue(code: PublicRequestCode, path: string, id: string, en: string): PublicIssue {
  return { code, path, message: { id, en } };
}

/** Sends `{ ok: false, issues }` with the status; never cached. */
export function sendIssues(res: Response, status: number, issues: readonly PublicIssue[]): void {
  res.status(status).setHeader('Cache-Control', 'no-store').json({ ok: false, issues });
}
