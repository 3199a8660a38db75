// Turns a complete tus upload into evidence: content check, content-addressed store, then the EvidenceFile
// row and its audit event in one transaction. The row is written only after the blob is complete in the
// store, so a row never points at nothing; the tus temp file is removed whatever happens.
import { createReadStream } from 'node:fs';
import type { Prisma, PrismaClient } from '@inovda/db';
import { writeAudit } from '../audit.ts';
import { blobLockKey } from '../jobs/blob-lock.ts';
import { ensureEvidenceText } from '../evidence-text/text-rows.ts';
import type { EvidenceTextQueue } from '../evidence-text/types.ts';
import { isRegionWide, listScopeUnitIds, type ScopeUser } from '../scope.ts';
import { UPLOAD_AUDIT_ACTIONS } from '../services/evidence-access.ts';
import type { Storage } from '../storage/index.ts';
import { detectEvidenceKind, evidenceFileName } from './detect-kind.ts';
import type { RequestUser } from '../auth/request-session.ts';
import type { UploadTarget } from './upload-target.ts';
import { rejection } from './upload-errors.ts';

export interface FinishedEvidence {
  evidenceId: string;
  sha256: string;
  size: number;
  kind: string;
  mimeType: string;
  originalName: string;
  /** True when the region already had this exact content and its row was reused. */
  reused: boolean;
}

export interface FinishInput {
  path: string;
  originalName: string;
  target: UploadTarget;
  requestUser: RequestUser;
  requestId: string;
}

export async function finishUpload(
  deps: { prisma: PrismaClient; storage: Storage; evidenceText?: EvidenceTextQueue | null },
  input: FinishInput,
): Promise<FinishedEvidence> {
  const { user, lang } = input.requestUser;
  const detected = await detectEvidenceKind(input.path);
  if (!detected) throw rejection(415, 'UPLOAD.UNSUPPORTED_TYPE', {}, lang);
  const allowed = input.target.allowedKinds;
  if (allowed && !allowed.includes(detected.kind)) {
    throw rejection(
      415,
      'UPLOAD.KIND_NOT_ALLOWED',
      { kind: detected.kind, allowed: allowed.join(', ') },
      lang,
    );
  }
  const blob = await deps.storage.put(createReadStream(input.path));
  // Read before the transaction (the embedded database has one connection); units change rarely.
  const scopeUnitIds = isRegionWide(user) ? [] : await listScopeUnitIds(deps.prisma, user);

  return deps.prisma.$transaction(async (tx) => {
    // The housekeeping sweep may have removed these bytes (nobody referred to them) between the put above and
    // this transaction; under the content's lock, put them back from the finished upload if so.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${blobLockKey(blob.sha256)}))`;
    if (!(await deps.storage.has(blob.sha256))) await deps.storage.put(createReadStream(input.path));
    // The blob is shared by content; the row is not. A row of this content is reused only when the uploader may
    // already reach it (its own upload, its unit's evidence, or a region-wide role); anyone else gets a row of
    // its own, so another unit's evidence id and file name never come back to them.
    const candidates = await tx.evidenceFile.findMany({
      where: { regionId: user.regionId, sha256: blob.sha256 },
      orderBy: { createdAt: 'asc' },
      select: { ...ROW_SELECT, uploadedById: true },
    });
    let found: EvidenceRow | undefined;
    for (const { uploadedById, ...candidate } of candidates) {
      if (await mayReuse(tx, user, scopeUnitIds, { id: candidate.id, uploadedById })) {
        found = candidate;
        break;
      }
    }
    const row =
      found ??
      (await tx.evidenceFile.create({
        data: {
          regionId: user.regionId,
          sha256: blob.sha256,
          size: blob.size,
          kind: detected.kind,
          mimeType: detected.mimeType,
          // Named after the content: a PDF sent as `x.hta` is kept as `x.pdf` (the given name is in the audit).
          originalName: evidenceFileName(input.originalName, detected.kind),
          uploadedById: user.id,
        },
        select: ROW_SELECT,
      }));
    const reused = found !== undefined;
    // The text is read in the background, once per content; the request does not wait for it.
    await ensureEvidenceText(tx, [row.sha256]);
    await deps.evidenceText?.enqueue(tx, [row.sha256]);
    await writeAudit(tx, {
      actor: { id: user.id, regionId: user.regionId },
      action: reused ? 'evidence.upload-reused' : 'evidence.upload',
      entity: 'EvidenceFile',
      entityId: row.id,
      after: { ...row, uploadedName: input.originalName },
      requestId: input.requestId,
    });
    return { evidenceId: row.id, ...row, reused };
  });
}

const ROW_SELECT = {
  id: true,
  sha256: true,
  size: true,
  kind: true,
  mimeType: true,
  originalName: true,
} as const;
type EvidenceRow = Prisma.EvidenceFileGetPayload<{ select: typeof ROW_SELECT }>;

/** The reach rule of `canReachEvidence`, read inside the upload's transaction. */
async function mayReuse(
  tx: Prisma.TransactionClient,
  user: ScopeUser,
  scopeUnitIds: string[],
  evidence: { id: string; uploadedById: string | null },
): Promise<boolean> {
  if (isRegionWide(user) || evidence.uploadedById === user.id) return true;
  const linked = await tx.answerEvidence.findFirst({
    where: {
      evidenceId: evidence.id,
      answer: { submission: { innovation: { unitId: { in: scopeUnitIds } } } },
    },
    select: { answerId: true },
  });
  if (linked) return true;
  const uploaded = await tx.auditEvent.findFirst({
    where: {
      entity: 'EvidenceFile',
      entityId: evidence.id,
      actorId: user.id,
      action: { in: [...UPLOAD_AUDIT_ACTIONS] },
    },
    select: { id: true },
  });
  return uploaded !== null;
}
