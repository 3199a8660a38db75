// GET /files/:evidenceId: streams a stored evidence file to a user who may reach it, as an attachment with
// the stored (content-checked) type and nosniff, so a browser never renders or re-guesses it inline.
import type { PrismaClient } from '@inovda/db';
import type { Request, Response } from 'express';
import { canReachEvidence } from '../services/evidence-access.ts';
import type { Storage } from '../storage/index.ts';
import { evidenceFileName } from './detect-kind.ts';
import { getRequestUser } from '../auth/request-session.ts';
import { sendErrorBody } from '../http-errors.ts';

export function createDownloadHandler(deps: { prisma: PrismaClient; storage: Storage }) {
  return async (req: Request<{ evidenceId: string }>, res: Response): Promise<void> => {
    const requestUser = getRequestUser(req);
    if (!requestUser) {
      sendErrorBody(res, 401, 'AUTH.UNAUTHENTICATED');
      return;
    }
    const { user, lang } = requestUser;
    const notFound = () => sendErrorBody(res, 404, 'NOT_FOUND', {}, lang);
    const evidence = await deps.prisma.evidenceFile.findUnique({
      where: { id: req.params.evidenceId },
      select: {
        id: true,
        regionId: true,
        uploadedById: true,
        sha256: true,
        size: true,
        mimeType: true,
        kind: true,
        originalName: true,
      },
    });
    // Another region's file or one out of scope answers exactly like a missing one.
    if (!evidence || !(await canReachEvidence(deps.prisma, user, evidence))) return void notFound();
    const stream = await deps.storage.get(evidence.sha256);
    if (!stream) throw new Error(`evidence ${evidence.id} has a row but no blob ${evidence.sha256}`);
    res.status(200);
    // attachment() also guesses a type from the name; the stored, content-checked type replaces it.
    // The name ends in the content's extension, also for rows stored before names were normalised.
    res.attachment(evidenceFileName(evidence.originalName, evidence.kind));
    res.setHeader('Content-Type', evidence.mimeType);
    res.setHeader('Content-Length', String(evidence.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    stream.on('error', (error) => res.destroy(error));
    stream.pipe(res);
  };
}
