// HTTP downloads of the exports, authenticated by the session cookie with the same role and region checks as
// export.preview. Every download is audited (`export.download`, with the sha256 of the file or, for the ZIP,
// of its manifest) before the first byte is sent, and served as an attachment with nosniff.
//   GET /exports/:periodId/package.zip        the whole package (streamed)
//   GET /exports/:periodId/innovations.xlsx   the national form workbook
//   GET /exports/:periodId/innovations.csv    its Inovasi sheet as CSV (UTF-8 BOM, ';')
//   GET /exports/innovation/:innovationId/profile.pdf[?periodId=]   one printable profile
//   GET /exports/snapshots/:snapshotId/package.zip   a frozen package: the stored bytes, replayed and checked
//   GET /exports/:periodId/portfolio.json?basis=claimed|verified|package   the CLI's portfolio file
import type { PrismaClient } from '@inovda/db';
import { pipeline } from 'node:stream/promises';
import { type Request, type Response, Router, type NextFunction } from 'express';
import { auditContext, writeAudit } from '../audit.ts';
import type { AuthConfig } from '../auth/config.ts';
import { AppError } from '../errors.ts';
import type { Storage } from '../storage/index.ts';
import { getRequestUser, requireSession, type RequestUser } from '../auth/request-session.ts';
import { sendErrorBody } from '../http-errors.ts';
import { mayExport } from './export-access.ts';
import { loadPackageData, type PackageData } from './load-package.ts';
import { loadRegionPortfolio, ZPortfolioBasis } from './portfolio-export.ts';
import { createPackageCache, packageKey } from './package-cache.ts';
import { preparePackage, sha256Hex } from './package-zip.ts';
import { renderProfilePdf } from './profile-pdf.ts';
import { loadSnapshotInScope, replayVerified } from './snapshot.ts';
import { writeInnovationsCsv, writeXlsx } from './workbook.ts';
import { slugify } from './package-files.ts';

export interface ExportRouterDeps {
  prisma: PrismaClient;
  storage: Storage;
  auth: AuthConfig;
  now?: () => Date;
  /** Where built package ZIPs are kept (`<dataDir>/package-cache`); without it every download builds anew. */
  packageCacheDir?: string;
}

const STATUS_OF: Record<string, number> = {
  'AUTH.FORBIDDEN': 403,
  'SCOPE.OUT_OF_SCOPE': 403,
  NOT_FOUND: 404,
  'PACKAGE.FILE_MISSING': 500,
  'EXPORT.INVALID_BASIS': 400,
};

function sendHeaders(res: Response, fileName: string, type: string) {
  res.status(200);
  res.attachment(fileName);
  res.setHeader('Content-Type', type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
}

function baseName(data: PackageData): string {
  return `iid-${data.region.code.replace(/[^0-9a-z]+/gi, '')}-${data.period.year}`;
}

export function createExportRouter(deps: ExportRouterDeps): Router {
  const now = deps.now ?? (() => new Date());
  const router = Router();
  const session = requireSession({ prisma: deps.prisma, auth: deps.auth, now });
  const packageCache = deps.packageCacheDir ? createPackageCache(deps.packageCacheDir) : null;
  // A download is built, audited and sent only for the app's own pages: the SameSite=Lax cookie would come
  // along with a top-level link from another site, so a browser's Sec-Fetch-Site decides (absent: curl, CLI).
  router.use('/exports', (req, res, next) => {
    const site = req.get('sec-fetch-site');
    if (site === undefined || site === 'same-origin' || site === 'none') return next();
    sendErrorBody(
      res,
      403,
      'REQUEST.CROSS_SITE',
      {},
      req.acceptsLanguages('id', 'en') === 'en' ? 'en' : 'id',
    );
  });

  const audit = (
    req: Request,
    res: Response,
    who: RequestUser,
    entity: string,
    entityId: string,
    after: object,
  ) =>
    deps.prisma.$transaction((tx) =>
      writeAudit(tx, {
        ...auditContext({ user: who.user, requestId: res.locals.requestId as string }),
        action: 'export.download',
        entity,
        entityId,
        after: { path: req.path, ...after },
      }),
    );

  // Wraps a handler: role check first, domain errors (region, not found) as JSON answers in the user's language.
  const handle =
    (run: (req: Request, res: Response, who: RequestUser) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      const who = getRequestUser(req);
      if (!who) return void next(new Error('export route reached without a session'));
      if (!mayExport(who.user.role)) {
        return sendErrorBody(res, 403, 'AUTH.FORBIDDEN', { role: who.user.role }, who.lang);
      }
      run(req, res, who).catch((error: unknown) => {
        if (error instanceof AppError && STATUS_OF[error.appCode] && !res.headersSent) {
          return sendErrorBody(res, STATUS_OF[error.appCode] ?? 400, error.appCode, error.params, who.lang);
        }
        if (res.headersSent) return void res.destroy(error as Error);
        next(error);
      });
    };

  const periodFile = (kind: 'xlsx' | 'csv') =>
    handle(async (req, res, who) => {
      const periodId = String(req.params.periodId);
      const data = await loadPackageData(deps.prisma, who.user, periodId);
      const content = kind === 'xlsx' ? await writeXlsx(data, now()) : await writeInnovationsCsv(data);
      await audit(req, res, who, 'Period', periodId, {
        sha256: sha256Hex(content),
        size: content.length,
        innovations: data.innovations.length,
      });
      const type =
        kind === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'text/csv; charset=utf-8';
      sendHeaders(res, `${baseName(data)}-inovasi.${kind}`, type);
      res.setHeader('Content-Length', String(content.length));
      res.end(content);
    });

  router.get('/exports/:periodId/innovations.xlsx', session, periodFile('xlsx'));
  router.get('/exports/:periodId/innovations.csv', session, periodFile('csv'));

  router.get(
    '/exports/:periodId/portfolio.json',
    session,
    handle(async (req, res, who) => {
      const periodId = String(req.params.periodId);
      const asked = req.query.basis ?? 'verified';
      const basis = ZPortfolioBasis.safeParse(asked);
      if (!basis.success) {
        throw new AppError('EXPORT.INVALID_BASIS', {
          basis: typeof asked === 'string' ? asked : JSON.stringify(asked),
        });
      }
      const { period, region, portfolio } = await loadRegionPortfolio(
        deps.prisma,
        who.user,
        periodId,
        basis.data,
      );
      const content = Buffer.from(`${JSON.stringify(portfolio, null, 2)}\n`, 'utf8');
      await audit(req, res, who, 'Period', periodId, {
        basis: basis.data,
        sha256: sha256Hex(content),
        size: content.length,
        innovations: portfolio.innovations.length,
      });
      const base = `iid-${region.code.replace(/[^0-9a-z]+/gi, '')}-${period.year}`;
      sendHeaders(res, `${base}-portofolio-${basis.data}.json`, 'application/json; charset=utf-8');
      res.setHeader('Content-Length', String(content.length));
      res.end(content);
    }),
  );

  router.get(
    '/exports/:periodId/package.zip',
    session,
    handle(async (req, res, who) => {
      const periodId = String(req.params.periodId);
      const data = await loadPackageData(deps.prisma, who.user, periodId);
      if (!packageCache) {
        const prepared = await preparePackage(data, deps.storage, now());
        await audit(req, res, who, 'Period', periodId, {
          manifestSha256: prepared.manifestSha256,
          files: prepared.manifest.files.length,
          innovations: data.innovations.length,
        });
        sendHeaders(res, `${baseName(data)}-paket.zip`, 'application/zip');
        res.setHeader('X-Manifest-Sha256', prepared.manifestSha256);
        await prepared.write(res);
        return;
      }
      // The same content is built once and its ZIP replayed; a change to the package gives a new one.
      const key = packageKey(data);
      const cached =
        (await packageCache.read(data.period.id, key)) ??
        (await packageCache.write(data.period.id, key, await preparePackage(data, deps.storage, now())));
      try {
        await audit(req, res, who, 'Period', periodId, {
          manifestSha256: cached.meta.manifestSha256,
          files: cached.meta.files,
          innovations: data.innovations.length,
        });
        sendHeaders(res, `${baseName(data)}-paket.zip`, 'application/zip');
        res.setHeader('X-Manifest-Sha256', cached.meta.manifestSha256);
        res.setHeader('Content-Length', String(cached.size));
        await pipeline(cached.file.createReadStream({ autoClose: false, start: 0 }), res);
      } finally {
        await cached.file.close();
      }
    }),
  );

  router.get(
    '/exports/innovation/:innovationId/profile.pdf',
    session,
    handle(async (req, res, who) => {
      const innovationId = String(req.params.innovationId);
      const periodId = typeof req.query.periodId === 'string' ? req.query.periodId : undefined;
      // The innovation's submission of the asked period, else its latest one; another region's answers 404.
      const submission = await deps.prisma.submission.findFirst({
        where: {
          innovationId,
          innovation: { regionId: who.user.regionId },
          ...(periodId ? { periodId } : {}),
        },
        orderBy: { period: { year: 'desc' } },
        select: { id: true, periodId: true },
      });
      if (!submission) throw new AppError('NOT_FOUND', { entity: 'Innovation', id: innovationId });
      const data = await loadPackageData(deps.prisma, who.user, submission.periodId, {
        submissionId: submission.id,
      });
      const item = data.innovations[0];
      if (!item) throw new AppError('NOT_FOUND', { entity: 'Innovation', id: innovationId });
      const content = await renderProfilePdf(data, item, now());
      await audit(req, res, who, 'Innovation', innovationId, {
        sha256: sha256Hex(content),
        size: content.length,
        periodId: submission.periodId,
      });
      sendHeaders(res, `profil-${slugify(item.profile.name ?? innovationId)}.pdf`, 'application/pdf');
      res.setHeader('Content-Length', String(content.length));
      res.end(content);
    }),
  );
  router.get(
    '/exports/snapshots/:snapshotId/package.zip',
    session,
    handle(async (req, res, who) => {
      const snapshot = await loadSnapshotInScope(deps.prisma, who.user, String(req.params.snapshotId));
      const stored = await deps.storage.get(snapshot.sha256);
      if (!stored) throw new AppError('PACKAGE.FILE_MISSING', { sequence: snapshot.sequence });
      await audit(req, res, who, 'PackageSnapshot', snapshot.id, {
        sha256: snapshot.sha256,
        size: snapshot.size,
        sequence: snapshot.sequence,
        periodId: snapshot.periodId,
      });
      const base = `iid-${snapshot.region.code.replace(/[^0-9a-z]+/gi, '')}-${snapshot.period.year}`;
      sendHeaders(res, `${base}-paket-${snapshot.sequence}.zip`, 'application/zip');
      res.setHeader('Content-Length', String(snapshot.size));
      res.setHeader('X-Content-Sha256', snapshot.sha256);
      res.setHeader('X-Manifest-Sha256', snapshot.manifestSha256);
      // The stored bytes as frozen; a file changed on disk is cut before its last chunk (never complete).
      await pipeline(stored, replayVerified({ sha256: snapshot.sha256, size: snapshot.size }), res);
    }),
  );
  return router;
}
