// Resumable evidence uploads (tus 1.0 via @tus/server + @tus/file-store) at /uploads, and downloads at
// /files/:evidenceId. Partial uploads live in `uploadDir` (never the evidence store) and expire; a complete
// upload becomes evidence only in `finishUpload`. Mount at the application root: `app.use(router)`.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { PrismaClient } from '@inovda/db';
import { FileStore } from '@tus/file-store';
import { Server, type ServerOptions, type Upload } from '@tus/server';
import { Router, type Response } from 'express';
import type { AuthConfig } from '../auth/config.ts';
import { logInternalError } from '../trpc.ts';
import type { Storage } from '../storage/index.ts';
import { createDownloadHandler } from './download.ts';
import type { EvidenceTextQueue } from '../evidence-text/types.ts';
import { finishUpload } from './finish-upload.ts';
import { getRequestUser, requireSession, type RequestUser } from '../auth/request-session.ts';
import { isTusRejection, rejection } from './upload-errors.ts';
import { readClientMetadata, resolveUploadTarget } from './upload-target.ts';

const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
export const EVIDENCE_ID_HEADER = 'Inovda-Evidence-Id';
const DAY_MS = 24 * 3_600_000;

export interface UploadRouterDeps {
  prisma: PrismaClient;
  storage: Storage;
  auth: AuthConfig;
  /** Directory for partial uploads; must not be inside the evidence store. */
  uploadDir: string;
  /** Queues reading of a stored file's text (the job runner's); absent or null when jobs are off. */
  evidenceText?: EvidenceTextQueue | null;
  /** Largest accepted file in bytes (default 200 MB). */
  maxSizeBytes?: number;
  /** Most bytes one user may upload in 24 hours (default DEFAULT_UPLOAD_QUOTA_BYTES_PER_DAY). */
  quotaBytesPerDay?: number;
  /** An unfinished upload is deleted this long after it was created (default 24 h). */
  expireAfterMs?: number;
  /** How often expired partial uploads are swept; 0 disables the timer (call `sweepExpired` yourself). */
  sweepIntervalMs?: number;
  now?: () => Date;
}

export type UploadRouter = Router & {
  /** Deletes expired partial uploads and stale staging files; returns how many uploads were removed. */
  sweepExpired(): Promise<number>;
  /** Stops the sweep timer. */
  close(): void;
};

type TusRequest = Parameters<NonNullable<ServerOptions['onUploadFinish']>>[0];

function nodeParts(req: TusRequest): { req?: IncomingMessage; res?: Response } {
  const node = req.runtime?.node;
  // Node's http server (the only transport here) gives IncomingMessage, not the http2 variant.
  return { req: node?.req as IncomingMessage | undefined, res: node?.res as Response | undefined };
}

function userOf(req: TusRequest): RequestUser {
  const found = getRequestUser(nodeParts(req).req);
  // requireSession runs before every tus request; a missing user is a wiring bug, not a client error.
  if (!found) throw new Error('upload request reached tus without a session');
  return found;
}

function requestIdOf(req: TusRequest): string {
  const id = (nodeParts(req).res?.locals as { requestId?: unknown } | undefined)?.requestId;
  return typeof id === 'string' ? id : randomUUID();
}

/** Default daily upload quota per user: 2 GiB (UPLOAD_QUOTA_BYTES_PER_DAY). */
const DEFAULT_UPLOAD_QUOTA_BYTES_PER_DAY = 2 * 1024 * 1024 * 1024;

export function createUploadRouter(deps: UploadRouterDeps): UploadRouter {
  const now = deps.now ?? (() => new Date());
  mkdirSync(deps.uploadDir, { recursive: true });
  const datastore = new FileStore({
    directory: deps.uploadDir,
    expirationPeriodInMilliseconds: deps.expireAfterMs ?? DAY_MS,
  });

  const tus = new Server({
    path: '/uploads',
    datastore,
    maxSize: deps.maxSizeBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    relativeLocation: true,
    exposedHeaders: [EVIDENCE_ID_HEADER],
    async onUploadCreate(req, upload) {
      const requestUser = userOf(req);
      const { user } = requestUser;
      const meta = readClientMetadata(upload.metadata);
      await resolveUploadTarget(deps.prisma, requestUser, meta);
      // The daily quota: what this user stored in the last 24 hours plus this upload.
      const quota = deps.quotaBytesPerDay ?? DEFAULT_UPLOAD_QUOTA_BYTES_PER_DAY;
      const { _sum } = await deps.prisma.evidenceFile.aggregate({
        where: { uploadedById: user.id, createdAt: { gte: new Date(now().getTime() - DAY_MS) } },
        _sum: { size: true },
      });
      const used = _sum.size ?? 0;
      if (used + (upload.size ?? 0) > quota) {
        const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
        throw rejection(
          413,
          'UPLOAD.QUOTA_EXCEEDED',
          { usedMb: mb(used), quotaMb: mb(quota) },
          requestUser.lang,
        );
      }
      const metadata: Record<string, string> = { ownerId: user.id, regionId: user.regionId };
      for (const [key, value] of Object.entries(meta) as [string, string | undefined][])
        if (value) metadata[key] = value;
      return { metadata };
    },
    async onIncomingRequest(req, id) {
      if (req.method === 'POST') return;
      const { user, lang } = userOf(req);
      const upload = await datastore.getUpload(id).catch(() => null);
      // Someone else's upload id answers like an unknown one.
      if (upload && upload.metadata?.ownerId !== user.id) throw rejection(404, 'NOT_FOUND', {}, lang);
    },
    async onUploadFinish(req, upload: Upload) {
      try {
        const requestUser = userOf(req);
        const meta = readClientMetadata(upload.metadata);
        const target = await resolveUploadTarget(deps.prisma, requestUser, meta);
        const evidence = await finishUpload(deps, {
          path: join(deps.uploadDir, upload.id),
          originalName: meta.filename ?? 'bukti',
          target,
          requestUser,
          requestId: requestIdOf(req),
        });
        return {
          status_code: 200,
          headers: { [EVIDENCE_ID_HEADER]: evidence.evidenceId, 'Content-Type': 'application/json' },
          body: JSON.stringify(evidence),
        };
      } finally {
        // Checked or refused, the partial file has served its purpose; a refused upload must start over.
        await datastore.remove(upload.id).catch(() => undefined);
      }
    },
    onResponseError(req, error) {
      if (isTusRejection(error)) return error;
      const requestId = requestIdOf(req);
      logInternalError(error, requestId, 'uploads', nodeParts(req).req?.log);
      return rejection(500, 'INTERNAL', { requestId });
    },
  });

  const router = Router();
  const session = requireSession({ prisma: deps.prisma, auth: deps.auth, now });
  // tus could serve GET of an unfinished upload; evidence is only ever read through /files/:evidenceId.
  router.all('/uploads{/*rest}', session, (req, res, next) => {
    if (req.method === 'GET')
      return void res.status(405).set('Allow', 'POST, HEAD, PATCH, DELETE, OPTIONS').end();
    tus.handle(req, res).catch(next);
  });
  router.get<'/files/:evidenceId'>('/files/:evidenceId', session, (req, res, next) => {
    createDownloadHandler(deps)(req, res).catch(next);
  });

  const sweepExpired = async () => {
    const removed = await tus.cleanUpExpiredUploads();
    await deps.storage.sweepStaging(DAY_MS);
    return removed;
  };
  const interval = deps.sweepIntervalMs ?? 3_600_000;
  const timer =
    interval > 0
      ? setInterval(
          () => void sweepExpired().catch((e: unknown) => logInternalError(e, null, 'uploads.sweep')),
          interval,
        )
      : null;
  timer?.unref();
  return Object.assign(router, { sweepExpired, close: () => timer && clearInterval(timer) });
}
