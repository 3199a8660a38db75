// The public, stateless scoring API for tools in any language: no login, no cookies, no database.
//   POST /api/v1/score            portfolio JSON in, the `inovda score --json` report out
//   POST /api/v1/plan[?limit=N]   portfolio JSON in, the `inovda plan --json` report out
//   GET  /api/v1/openapi.json     the OpenAPI 3.1 document
// Errors are `{ ok: false, issues }` (400 document, 413 too large, 415 not JSON, 429 rate limited). CORS is open
// to any origin without credentials. The rate limit counts per client address, which is `req.ip`: behind a
// reverse proxy it needs TRUST_PROXY (Express `trust proxy`), set by createServer.
import { planPortfolioDocument, scorePortfolioDocument } from '@inovda/domain';
import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi.ts';
import { requestIssue, sendIssues } from './public-errors.ts';
import { parseBody, readJsonBody } from './read-document.ts';

/**
 * Limits of the public API; the defaults suit one region's portfolio and a script looping over many. Score and
 * plan take the same documents: the planner runs in O(n log n), so only the body size bounds a plan.
 */
export interface PublicApiOptions {
  /** Largest request body in bytes (default 2 MiB, about 10,000 innovations). */
  maxBodyBytes?: number;
  /** Requests per client address per window (default 60 per minute). */
  limit?: number;
  windowMs?: number;
}

const ZPlanQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

function sendReport(res: Response, report: unknown): void {
  res.status(200).setHeader('Cache-Control', 'no-store').json(report);
}

/** The router, mounted at the app's root (its paths start with /api/v1). */
export function createPublicApiRouter(options: PublicApiOptions = {}): Router {
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const router = Router();
  router.use(
    '/api/v1',
    cors({ origin: '*', methods: ['GET', 'POST'], allowedHeaders: ['Content-Type'], maxAge: 86_400 }),
    (_req, res, next) => {
      // Readable from any origin (helmet's default would restrict no-cors reads to the same site).
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      next();
    },
  );
  const windowMs = options.windowMs ?? 60_000;
  const limit = options.limit ?? 60;
  const limiter = rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      const seconds = Math.ceil(windowMs / 1000);
      sendIssues(res, 429, [
        requestIssue(
          'REQUEST.RATE_LIMITED',
          '',
          `Terlalu banyak permintaan dari alamat ini; paling banyak ${limit} per ${seconds} detik. Coba lagi nanti.`,
          `Too many requests from this address; at most ${limit} per ${seconds} seconds. Try again later.`,
        ),
      ]);
    },
  });

  router.get('/api/v1/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.json(buildOpenApiDocument({ maxBodyBytes }));
  });

  router.post('/api/v1/score', limiter, ...readJsonBody(maxBodyBytes), (req: Request, res: Response) => {
    const doc = parseBody(req, res);
    if (!doc) return;
    const result = scorePortfolioDocument(doc.value);
    if (result.ok) sendReport(res, result.value);
    else sendIssues(res, 400, result.issues);
  });

  router.post('/api/v1/plan', limiter, ...readJsonBody(maxBodyBytes), (req: Request, res: Response) => {
    const query = ZPlanQuery.safeParse(req.query);
    if (!query.success) {
      return sendIssues(res, 400, [
        requestIssue(
          'REQUEST.INVALID_PARAMETER',
          'limit',
          'Parameter limit harus bilangan bulat 1..50.',
          'The limit parameter must be an integer 1..50.',
        ),
      ]);
    }
    const doc = parseBody(req, res);
    if (!doc) return;
    const result = planPortfolioDocument(doc.value, { limit: query.data.limit });
    if (result.ok) sendReport(res, result.value);
    else sendIssues(res, 400, result.issues);
  });

  // Any other method or path under /api/v1 answers in the same format instead of the app's 404 page.
  router.all('/api/v1/{*rest}', (_req, res) => {
    sendIssues(res, 404, [
      requestIssue(
        'REQUEST.NOT_FOUND',
        '',
        'Tidak ada di API publik: gunakan POST /api/v1/score, POST /api/v1/plan atau GET /api/v1/openapi.json.',
        'Not in the public API: use POST /api/v1/score, POST /api/v1/plan or GET /api/v1/openapi.json.',
      ),
    ]);
  });
  return router;
}
