// What an upload is for, read from its tus metadata and checked against the data: the submission (scope) and
// the indicator whose allowed file kinds the content must match. Checked when the upload is created (to fail
// early) and again when it finishes (the truth at the moment the row is written).
import type { PrismaClient } from '@inovda/db';
import { isUnitInScope } from '../scope.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import type { TEvidenceKind } from './detect-kind.ts';
import type { RequestUser } from '../auth/request-session.ts';
import { rejection } from './upload-errors.ts';

/** Metadata keys a client may send (`Upload-Metadata`); the server adds `ownerId` and `regionId`. */
export interface UploadMetadata {
  filename?: string;
  submissionId?: string;
  indicator?: string;
}

export interface UploadTarget {
  /** Kinds the indicator accepts, or null when the upload names no indicator (any evidence kind). */
  allowedKinds: readonly TEvidenceKind[] | null;
}

const UPLOADER_ROLES = new Set(['ADMIN', 'OPERATOR']);

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the client's metadata keys, ignoring everything else (notably any client-sent owner). */
export function readClientMetadata(metadata: Record<string, string | null> | undefined): UploadMetadata {
  return {
    filename: clean(metadata?.filename)?.slice(0, 255),
    submissionId: clean(metadata?.submissionId),
    indicator: clean(metadata?.indicator),
  };
}

/** Checks role, scope and indicator; throws a tus rejection (403/404/400) when the upload is not allowed. */
export async function resolveUploadTarget(
  prisma: PrismaClient,
  { user, lang }: RequestUser,
  meta: UploadMetadata,
): Promise<UploadTarget> {
  if (!UPLOADER_ROLES.has(user.role)) throw rejection(403, 'AUTH.FORBIDDEN', { role: user.role }, lang);
  if (!meta.submissionId) {
    if (meta.indicator) throw rejection(400, 'UPLOAD.INDICATOR_NEEDS_SUBMISSION', {}, lang);
    return { allowedKinds: null };
  }
  const submission = await prisma.submission.findUnique({
    where: { id: meta.submissionId },
    select: {
      innovation: { select: { regionId: true, unitId: true } },
      period: { select: { editionCode: true } },
    },
  });
  if (!submission || submission.innovation.regionId !== user.regionId)
    throw rejection(404, 'NOT_FOUND', {}, lang);
  if (!(await isUnitInScope(prisma, user, submission.innovation.unitId))) {
    throw rejection(403, 'SCOPE.OUT_OF_SCOPE', {}, lang);
  }
  if (!meta.indicator) return { allowedKinds: null };
  const pack = await loadEditionPack(prisma, user.regionId, submission.period.editionCode);
  const indicator = pack?.sid.find((row) => row.code === meta.indicator);
  if (!indicator) throw rejection(400, 'UPLOAD.UNKNOWN_INDICATOR', { indicator: meta.indicator }, lang);
  return { allowedKinds: indicator.evidence.fileKinds };
}
