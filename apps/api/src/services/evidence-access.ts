// Who may see (download) or reuse (attach) an evidence file: same scope as the data. Region-wide roles see
// every file of their region; an OPERATOR sees a file that is linked to an answer of a unit in its scope, or
// that it uploaded itself (the first uploader is on the row; later uploaders of identical content who could
// already reach that row are on the append-only audit trail; anyone else gets a row of their own, sharing only
// the stored blob).
import type { PrismaClient } from '@inovda/db';
import { isRegionWide, listScopeUnitIds, type ScopeUser } from '../scope.ts';

export const UPLOAD_AUDIT_ACTIONS = ['evidence.upload', 'evidence.upload-reused'] as const;

export interface EvidenceAccessRow {
  id: string;
  regionId: string;
  uploadedById: string | null;
}

/** True when the user may read the evidence (the caller answers 404 otherwise, to reveal nothing). */
export async function canReachEvidence(
  prisma: PrismaClient,
  user: ScopeUser,
  evidence: EvidenceAccessRow,
): Promise<boolean> {
  if (evidence.regionId !== user.regionId) return false;
  if (isRegionWide(user) || evidence.uploadedById === user.id) return true;
  const unitIds = await listScopeUnitIds(prisma, user);
  const linked = await prisma.answerEvidence.findFirst({
    where: { evidenceId: evidence.id, answer: { submission: { innovation: { unitId: { in: unitIds } } } } },
    select: { answerId: true },
  });
  if (linked) return true;
  const uploaded = await prisma.auditEvent.findFirst({
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
