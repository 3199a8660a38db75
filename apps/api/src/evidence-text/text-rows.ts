// EvidenceText rows: one per content (sha256), created WAITING when a file is stored, so the same file is
// read once however many regions or answers hold it.
import type { Prisma, PrismaClient } from '@inovda/db';

/** Creates WAITING rows for contents that have none (ON CONFLICT DO NOTHING). */
export async function ensureEvidenceText(
  tx: Prisma.TransactionClient,
  sha256s: readonly string[],
): Promise<void> {
  if (sha256s.length === 0) return;
  await tx.evidenceText.createMany({ data: sha256s.map((sha256) => ({ sha256 })), skipDuplicates: true });
}

/**
 * Once for all existing evidence: a WAITING row for every stored content without one (files uploaded before
 * evidence was read, or by the seed). Returns every sha256 still WAITING, to be queued.
 */
export async function backfillEvidenceText(prisma: PrismaClient): Promise<string[]> {
  await prisma.$executeRaw`
    INSERT INTO "EvidenceText" ("sha256", "updatedAt")
    SELECT DISTINCT f."sha256", now() FROM "EvidenceFile" f
    WHERE NOT EXISTS (SELECT 1 FROM "EvidenceText" t WHERE t."sha256" = f."sha256")
    ON CONFLICT DO NOTHING`;
  const waiting = await prisma.evidenceText.findMany({
    where: { status: 'WAITING' },
    select: { sha256: true },
  });
  return waiting.map((row) => row.sha256);
}
