// Housekeeping, run by the job queue on a schedule (HOUSEKEEPING_CRON; once per schedule across all replicas):
// expired sessions and old login attempts, partial uploads abandoned longer than the upload grace period, staging
// leftovers of interrupted writes, and evidence files that were uploaded but never attached to an answer within
// the evidence grace period (rows and, when nothing else refers to the same content, the stored bytes), then the
// read text of contents no evidence file holds any more.
// Every step takes the clock as an argument, so tests move time instead of waiting.
import { readdir } from 'node:fs/promises';
import type { PrismaClient } from '@inovda/db';
import { FileStore } from '@tus/file-store';
import { writeAudit } from '../audit.ts';
import { purgeExpiredSessions } from '../auth/session.ts';
import { purgeOldLoginAttempts } from '../auth/throttle.ts';
import type { Storage } from '../storage/index.ts';
import { sweepOrphanEvidenceText } from '../evidence-text/sweep-orphans.ts';
import { blobLockKey } from './blob-lock.ts';

export interface HousekeepingDeps {
  prisma: PrismaClient;
  storage: Storage;
  /** The tus directory of partial uploads (shared by all replicas). */
  uploadDir: string;
  /** A partial upload older than this is removed. */
  uploadGraceMs: number;
  /** An evidence file never attached within this time is removed. */
  evidenceGraceMs: number;
}

export interface HousekeepingResult {
  sessions: number;
  loginAttempts: number;
  partialUploads: number;
  staging: number;
  unattachedEvidence: number;
  /** EvidenceText rows (with their pages) of contents no evidence file refers to. */
  orphanEvidenceText: number;
}

interface TusInfo {
  size?: number;
  offset?: number;
  creation_date?: string;
}

/** Removes tus uploads created before `now - graceMs` that never completed (a complete one is removed at once). */
export async function sweepPartialUploads(uploadDir: string, now: Date, graceMs: number): Promise<number> {
  const store = new FileStore({ directory: uploadDir });
  let names: string[];
  try {
    names = await readdir(uploadDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const id = name.slice(0, -'.json'.length);
    const info = (await store.configstore.get(id).catch(() => undefined)) as TusInfo | undefined;
    if (!info?.creation_date || info.size === info.offset) continue;
    if (now.getTime() - new Date(info.creation_date).getTime() < graceMs) continue;
    await store.remove(id).catch(() => undefined);
    removed += 1;
  }
  return removed;
}

/**
 * Removes evidence rows that were never attached (firstAttachedAt null, no link), created before the grace
 * period, and not touched since (an identical re-upload audits `evidence.upload-reused` on the row). Each file is
 * removed in its own transaction under the content's lock, which the upload path also takes, so bytes are only
 * deleted when no row of any region and no frozen package refers to them.
 */
export async function sweepUnattachedEvidence(
  prisma: PrismaClient,
  storage: Storage,
  now: Date,
  graceMs: number,
): Promise<number> {
  const cutoff = new Date(now.getTime() - graceMs);
  const candidates = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "EvidenceFile" e
     WHERE e."firstAttachedAt" IS NULL AND e."createdAt" < ${cutoff}
       AND NOT EXISTS (SELECT 1 FROM "AnswerEvidence" l WHERE l."evidenceId" = e.id)
     ORDER BY e."createdAt" LIMIT 1000`;
  let removed = 0;
  for (const { id } of candidates) {
    const done = await prisma.$transaction(async (tx) => {
      const row = await tx.evidenceFile.findUnique({ where: { id } });
      if (!row) return false;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${blobLockKey(row.sha256)}))`;
      const touched = await tx.auditEvent.count({
        where: { entity: 'EvidenceFile', entityId: id, at: { gte: cutoff } },
      });
      if (touched > 0) return false;
      const deleted = await tx.$executeRaw`
        DELETE FROM "EvidenceFile" e WHERE e.id = ${id} AND e."firstAttachedAt" IS NULL
           AND NOT EXISTS (SELECT 1 FROM "AnswerEvidence" l WHERE l."evidenceId" = e.id)`;
      if (deleted === 0) return false;
      await writeAudit(tx, {
        actor: null,
        regionId: row.regionId,
        action: 'evidence.sweep',
        entity: 'EvidenceFile',
        entityId: id,
        before: row,
        after: { reason: 'never-attached', graceDays: Math.round(graceMs / 86_400_000) },
      });
      const [{ refs }] = await tx.$queryRaw<[{ refs: number }]>`
        SELECT ((SELECT count(*) FROM "EvidenceFile" WHERE sha256 = ${row.sha256})
              + (SELECT count(*) FROM "PackageSnapshot" WHERE sha256 = ${row.sha256}))::int AS refs`;
      if (refs === 0) await storage.delete(row.sha256);
      return true;
    });
    if (done) removed += 1;
  }
  return removed;
}

export async function runHousekeeping(deps: HousekeepingDeps, now: Date): Promise<HousekeepingResult> {
  return {
    sessions: await purgeExpiredSessions(deps.prisma, now),
    loginAttempts: await purgeOldLoginAttempts(deps.prisma, now),
    partialUploads: await sweepPartialUploads(deps.uploadDir, now, deps.uploadGraceMs),
    staging: await deps.storage.sweepStaging(deps.uploadGraceMs),
    unattachedEvidence: await sweepUnattachedEvidence(deps.prisma, deps.storage, now, deps.evidenceGraceMs),
    // After the sweep above, so the text of the files it removed goes in the same run.
    orphanEvidenceText: await sweepOrphanEvidenceText(deps.prisma),
  };
}
