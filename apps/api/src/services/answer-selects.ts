// The one shape in which answers (and their evidence) leave the API.
import type { Prisma } from '@inovda/db';

const evidenceSelect = {
  id: true,
  sha256: true,
  size: true,
  kind: true,
  mimeType: true,
  originalName: true,
  createdAt: true,
} as const satisfies Prisma.EvidenceFileSelect;

export const answerSelect = {
  id: true,
  submissionId: true,
  code: true,
  claimedTier: true,
  basis: true,
  rawValue: true,
  links: true,
  verdict: true,
  verifiedTier: true,
  verifierNote: true,
  verifiedAt: true,
  version: true,
  updatedAt: true,
  evidence: {
    select: { attachedAt: true, evidence: { select: evidenceSelect } },
    orderBy: { attachedAt: 'asc' },
  },
} as const satisfies Prisma.IndicatorAnswerSelect;

/** Flattens the join rows into `evidence: EvidenceFile[]`. */
export function shapeAnswer<T extends { evidence: { evidence: unknown }[] }>(answer: T) {
  return {
    ...answer,
    evidence: answer.evidence.map((link) => link.evidence as T['evidence'][number]['evidence']),
  };
}
