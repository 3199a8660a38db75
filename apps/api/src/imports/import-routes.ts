// HTTP side of the bulk import (ADMIN only, session cookie, own region), for what tRPC's JSON does not carry:
//   GET  /imports/templates/:kind.xlsx   the template of units | users | innovations, with this region's lists
//   POST /imports/files?kind=units       the raw file as an application/octet-stream body (name in X-File-Name,
//                                        URI-encoded), at most MAX_IMPORT_BYTES, type read from the content;
//                                        answers 201 with the stored file's id for import.preview and .commit
import type { ImportKind, PrismaClient } from '@inovda/db';
import { OPEN_PERIOD_STATES } from '@inovda/domain';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { auditContext } from '../audit.ts';
import type { AuthConfig } from '../auth/config.ts';
import { getRequestUser, requireSession, type RequestUser } from '../auth/request-session.ts';
import { AppError, type ErrorParams, type Lang } from '../errors.ts';
import { httpStatusOf, sendErrorBody } from '../http-errors.ts';
import { cleanFileName, storeImportFile } from './import-file.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { buildTemplate } from './template.ts';

export interface ImportRouterDeps {
  prisma: PrismaClient;
  auth: AuthConfig;
  now?: () => Date;
}

const KIND_OF_SLUG: Record<string, ImportKind> = {
  units: 'UNITS',
  users: 'USERS',
  innovations: 'INNOVATIONS',
};
const TEMPLATE_NAME: Record<ImportKind, string> = {
  UNITS: 'templat-impor-unit.xlsx',
  USERS: 'templat-impor-pengguna.xlsx',
  INNOVATIONS: 'templat-impor-inovasi.xlsx',
};
function sendError(res: Response, appCode: string, params: ErrorParams, lang: Lang) {
  sendErrorBody(res, httpStatusOf(appCode), appCode, params, lang);
}

const tooLarge = { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 };

export function createImportRouter(deps: ImportRouterDeps): Router {
  const now = deps.now ?? (() => new Date());
  const router = Router();
  const session = requireSession({ prisma: deps.prisma, auth: deps.auth, now });

  const adminOnly = (req: Request, res: Response, next: NextFunction) => {
    const who = getRequestUser(req);
    if (!who) return void next(new Error('import route reached without a session'));
    if (who.user.role !== 'ADMIN') return sendError(res, 'AUTH.FORBIDDEN', { role: who.user.role }, who.lang);
    next();
  };

  const handle =
    (run: (req: Request, res: Response, who: RequestUser) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      const who = getRequestUser(req)!;
      run(req, res, who).catch((error: unknown) => {
        if (error instanceof AppError && !res.headersSent)
          return sendError(res, error.appCode, error.params, who.lang);
        next(error);
      });
    };

  router.get(
    '/imports/templates/:file',
    session,
    adminOnly,
    handle(async (req, res, who) => {
      const kind = KIND_OF_SLUG[String(req.params.file).replace(/\.xlsx$/, '')];
      if (!kind) throw new AppError('NOT_FOUND', { entity: 'ImportTemplate' });
      const { regionId } = who.user;
      const [units, periods] = await Promise.all([
        deps.prisma.unit.findMany({
          where: { regionId, active: true },
          select: { short: true },
          orderBy: { short: 'asc' },
        }),
        deps.prisma.period.findMany({
          where: { regionId, state: { in: [...OPEN_PERIOD_STATES] } },
          select: { year: true },
          orderBy: { year: 'desc' },
        }),
      ]);
      const content = await buildTemplate(
        kind,
        { unitCodes: units.map((u) => u.short), periodYears: periods.map((p) => p.year) },
        now(),
      );
      res.status(200).attachment(TEMPLATE_NAME[kind]);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Length', String(content.length));
      res.end(content);
    }),
  );

  // Only application/octet-stream: a cross-site form cannot send that type without a CORS preflight.
  const rawBody = express.raw({ type: 'application/octet-stream', limit: MAX_IMPORT_BYTES });
  router.post(
    '/imports/files',
    session,
    adminOnly,
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.is('application/octet-stream'))
        return sendError(
          res,
          'VALIDATION.INVALID_INPUT',
          { field: 'content-type' },
          getRequestUser(req)!.lang,
        );
      const declared = Number(req.headers['content-length']);
      if (declared > MAX_IMPORT_BYTES)
        return sendError(res, 'IMPORT.FILE_TOO_LARGE', tooLarge, getRequestUser(req)!.lang);
      rawBody(req, res, (error?: unknown) => {
        if ((error as { type?: unknown } | undefined)?.type === 'entity.too.large')
          return sendError(res, 'IMPORT.FILE_TOO_LARGE', tooLarge, getRequestUser(req)!.lang);
        next(error);
      });
    },
    handle(async (req, res, who) => {
      const kind = KIND_OF_SLUG[typeof req.query.kind === 'string' ? req.query.kind : ''];
      if (!kind) throw new AppError('VALIDATION.INVALID_INPUT', { field: 'kind' });
      const bytes: Uint8Array = Buffer.isBuffer(req.body) ? req.body : new Uint8Array();
      const rawName = req.get('x-file-name');
      let fileName: string | undefined;
      try {
        fileName = rawName ? decodeURIComponent(rawName) : undefined;
      } catch {
        fileName = rawName;
      }
      const file = await storeImportFile(
        deps.prisma,
        who.user,
        auditContext({ user: who.user, requestId: res.locals.requestId as string }),
        { kind, fileName: cleanFileName(fileName), bytes, now: now() },
      );
      res.status(201).json({
        fileId: file.id,
        kind: file.kind,
        format: file.format,
        fileName: file.fileName,
        size: file.size,
        sha256: file.sha256,
      });
    }),
  );
  return router;
}
