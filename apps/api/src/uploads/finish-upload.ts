// Turns a complete tus upload into evidence: content check, content-addressed store, then the EvidenceFile
// row and its audit event in one transaction. The row is written only after the blob is complete in the
// store, so a row never points at nothing; the tus temp file is removed whatever happens.
import { createReadStream } from 'node:fs';
import type { PrismaClient } from '@inovda/db';
import { writeAudit } from '../audit.ts';
import { blobLockKey } from '../jobs/blob-lock.ts';
import { ensureEvidenceText } from '../evidence-text/text-rows.ts';
import type { EvidenceTextQueue } from '../evidence-text/types.ts';
import type { Storage } from '../storage/index.ts';
import { detectEvidenceKind, evidenceFileName } from './detect-kind.ts';
import type { RequestUser } from './upload-auth.ts';
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

  return deps.prisma.$transaction(async (tx) => {
    // The housekeeping sweep may have removed these bytes (nobody referred to them) between the put above and
    // this transaction; under the content's lock, put them back from the finished upload if so.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${blobLockKey(blob.sha256)}))`;
    if (!(await deps.storage.has(blob.sha256))) await deps.storage.put(createReadStream(input.path));
    const key = { regionId_sha256: { regionId: user.regionId, sha256: blob.sha256 } };
    // ON CONFLICT DO NOTHING: two users finishing the same content at once both end on the one row.
    const { count } = await tx.evidenceFile.createMany({
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
      skipDuplicates: true,
    });
    const row = await tx.evidenceFile.findUniqueOrThrow({
      where: key,
      select: { id: true, sha256: true, size: true, kind: true, mimeType: true, originalName: true },
    });
    const reused = count === 0;
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
