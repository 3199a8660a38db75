// The Express app: health, tRPC, evidence uploads/downloads, and (when built) the admin SPA, behind
// security headers. Built by a function so tests drive it with supertest and main.ts only listens.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '@inovda/db';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { AuthConfig } from './auth/config.ts';
import { pickLang } from './auth/lang.ts';
import { createContextFactory } from './context.ts';
import { sendHostError } from './http-errors.ts';
import { createImportRouter } from './imports/import-routes.ts';
import { createPublicApiRouter, type PublicApiOptions } from './public-api/public-api.ts';
import type { ReminderMailQueue } from './jobs/types.ts';
import { createHttpLogger } from './log/http-logger.ts';
import { type Logger, rootLogger } from './log/logger.ts';
import type { Storage } from './storage/index.ts';
import { appRouter } from './routers/index.ts';
import { logInternalError, toInternalError } from './trpc.ts';

export interface ServerDeps {
  prisma: PrismaClient;
  auth: AuthConfig;
  /** The evidence upload/download router (tus at /uploads, downloads at /files/:evidenceId). */
  uploads?: RequestHandler;
  /** The export downloads (/exports/..., src/exports/export-routes.ts). */
  exports?: RequestHandler;
  /** The file store, for procedures that write or read stored files (package.freeze, package.verify). */
  storage?: Storage;
  /** Queues reminder e-mails (the job runner's); absent when e-mail or the job runner is off. */
  reminderMail?: ReminderMailQueue | null;
  /** The admin's build output; served with an SPA fallback when the folder exists. */
  adminDist?: string;
  /** Express `trust proxy` (client address and https detection behind a reverse proxy). */
  trustProxy?: boolean | number | string;
  /** Where the access log and internal errors go (default: the process's root logger). */
  logger?: Logger;
  /** Largest tRPC request body in bytes (default 1 MiB; files go through /uploads). */
  maxBodyBytes?: number;
  /**
   * The app's public origin (from APP_URL, e.g. https://inovda.patikab.go.id): state-changing requests whose
   * Origin is neither this nor the request's own origin are refused.
   */
  publicOrigin?: string;
  /** Limits of the public scoring API at /api/v1 (body size, rate limit); see public-api/public-api.ts. */
  publicApi?: PublicApiOptions;
  now?: () => Date;
}

const HEALTH_TIMEOUT_MS = 3_000;
/** Most calls in one tRPC batch (the admin's client splits at 20). */
const MAX_BATCH_ITEMS = 50;

/**
 * Refuses, before any procedure runs, a tRPC batch of mutations holding an `auth.*` one next to others (each password guess
 * must be its own request, counted by the throttle like any other) and any batch of more than MAX_BATCH_ITEMS.
 */
const guardTrpcBatch: RequestHandler = (req, res, next) => {
  const batch = req.query.batch;
  if (batch !== '1' && batch !== 'true') return next();
  const paths = decodeURIComponent(req.path.replace(/^\//, '')).split(',');
  const authInBatch =
    req.method === 'POST' && paths.length > 1 && paths.some((path) => path.startsWith('auth.'));
  if (!authInBatch && paths.length <= MAX_BATCH_ITEMS) return next();
  sendHostError(res, 400, 'VALIDATION.BATCH_REFUSED', pickLang(null, req.get('accept-language')), {
    max: MAX_BATCH_ITEMS,
  });
};

/** Resolves true when `SELECT 1` answers within the timeout. */
async function isDatabaseUp(prisma: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  const probe = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests another site made a browser send (CSRF): a Sec-Fetch-Site other than
 * same-origin/none, or an Origin that is neither the request's own origin (protocol from the proxy when
 * TRUST_PROXY is set) nor the configured public origin. Requests without these headers (curl, the CLI) pass;
 * every browser sends at least one of them on a cross-site POST.
 */
function sameSiteGuard(publicOrigin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const own = `${req.protocol}://${req.get('host') ?? ''}`;
    const siteOk = site === undefined || site === 'same-origin' || site === 'none';
    const originOk = origin === undefined || origin === own || origin === publicOrigin;
    if (siteOk && originOk) return next();
    sendHostError(res, 403, 'REQUEST.CROSS_SITE', pickLang(null, req.get('accept-language')));
  };
}

/** tRPC mutations take JSON only: no form or multipart body reaches a procedure. */
const jsonOnlyMutations: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json') !== false) return next();
  sendHostError(res, 415, 'REQUEST.JSON_ONLY', pickLang(null, req.get('accept-language')));
};

export function createServer(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);

  const logger = deps.logger ?? rootLogger();
  app.use(createHttpLogger(logger, Boolean(deps.trustProxy)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          frameAncestors: ["'none'"],
          // The evidence preview shows a fetched PDF from a blob: URL in an iframe (the browser's own viewer;
          // Chromium's runs as an extension frame, which the page's CSP does not govern). Nothing else is framed.
          frameSrc: ['blob:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          // Plain-http installs on a LAN must keep working; https is the proxy's job.
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'deny' },
    }),
  );

  app.get('/healthz', async (_req, res) => {
    const up = await isDatabaseUp(deps.prisma);
    res.setHeader('Cache-Control', 'no-store');
    res.status(up ? 200 : 503).json({ ok: up, db: up ? 'up' : 'down' });
  });

  // The public, stateless scoring API (no session, CORS for any origin); not part of tRPC.
  app.use(createPublicApiRouter(deps.publicApi));

  const createContext = createContextFactory({
    prisma: deps.prisma,
    auth: deps.auth,
    now: deps.now,
    storage: deps.storage,
    reminderMail: deps.reminderMail,
  });
  // Everything below changes state only for the app's own pages.
  app.use(sameSiteGuard(deps.publicOrigin));
  app.use('/trpc', jsonOnlyMutations, guardTrpcBatch);
  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: async (opts) => {
        try {
          return await createContext(opts);
        } catch (error) {
          throw toInternalError(error, opts.res.locals.requestId as string, 'createContext', opts.req.log);
        }
      },
      maxBodySize: deps.maxBodyBytes ?? 1024 * 1024,
      // Procedure errors are logged by the error middleware; this catches context and transport failures.
      onError: ({ error, req, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          logInternalError(error.cause ?? error, (req as { id?: string }).id ?? null, path, req.log);
      },
    }),
  );

  if (deps.uploads) app.use(deps.uploads);
  if (deps.exports) app.use(deps.exports);
  // Bulk import: templates and file uploads (ADMIN); needs nothing beyond the database and the session.
  app.use(createImportRouter({ prisma: deps.prisma, auth: deps.auth, now: deps.now }));

  if (deps.adminDist && existsSync(join(deps.adminDist, 'index.html'))) {
    const indexHtml = join(deps.adminDist, 'index.html');
    app.use(
      '/assets',
      express.static(join(deps.adminDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
    );
    app.use(express.static(deps.adminDist, { index: false }));
    // Client-side routes: any other GET that accepts HTML gets the app shell.
    app.get('{/*splat}', (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }

  app.use((req, res) => sendHostError(res, 404, 'NOT_FOUND', pickLang(null, req.get('accept-language'))));
  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendHostError(
        res,
        status,
        status === 404 ? 'NOT_FOUND' : 'VALIDATION.INVALID_INPUT',
        pickLang(null, req.get('accept-language')),
      );
    }
    const requestId = res.locals.requestId as string;
    logInternalError(error, requestId, req.path, req.log);
    if (res.headersSent) return res.end();
    sendHostError(res, 500, 'INTERNAL', pickLang(null, req.get('accept-language')), { requestId });
  };
  app.use(onError);
  return app;
}
