// Housekeeping of read text: an EvidenceText row (and its pages) whose content no evidence file holds any more
// (the last file was swept, or rows were removed by a restore) is deleted. Each content is decided under its
// lock, which the upload path holds while it writes a file row and its WAITING text row, so a new upload of the
// same content never ends without its text row.
import type { PrismaClient } from '@inovda/db';
import { blobLockKey } from '../jobs/blob-lock.ts';

/** Deletes text rows of contents no EvidenceFile refers to (at most `limit` per run); returns how many. */
export async function sweepOrphanEvidenceText(prisma: PrismaClient, limit = 1000): Promise<number> {
  const candidates = await prisma.$queryRaw<{ sha256: string }[]>`
    SELECT t.sha256 FROM "EvidenceText" t
     WHERE NOT EXISTS (SELECT 1 FROM "EvidenceFile" f WHERE f.sha256 = t.sha256)
     ORDER BY t."createdAt" LIMIT ${limit}`;
  let removed = 0;
  for (const { sha256 } of candidates) {
    removed += await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${blobLockKey(sha256)}))`;
      // Pages go with the row (ON DELETE CASCADE).
      return tx.$executeRaw`
        DELETE FROM "EvidenceText" t WHERE t.sha256 = ${sha256}
           AND NOT EXISTS (SELECT 1 FROM "EvidenceFile" f WHERE f.sha256 = t.sha256)`;
    });
  }
  return removed;
}
