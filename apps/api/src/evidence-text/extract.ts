// The job's work for one content: read the stored file (text layer, OCR) and store its pages, searchable,
// with the outcome. Pages and state are written in one transaction; a repeated job for a content that is no
// longer WAITING does nothing, so a content is read once.
import type { PrismaClient } from '@inovda/db';
import { readEvidence, type ReadLimits, type ReadResult } from '@inovda/evidence-reader';
import type { Storage } from '../storage/index.ts';

export interface ExtractDeps {
  prisma: PrismaClient;
  storage: Storage;
  limits?: ReadLimits;
  /** The reader (tests may bound it by limits; it is never replaced by a fake). */
  read?: typeof readEvidence;
  now?: () => Date;
}

async function bytesOf(storage: Storage, sha256: string): Promise<Buffer | null> {
  const stream = await storage.get(sha256);
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What happened to one content; `skipped` when it was already read (or no longer exists). */
export type ExtractOutcome = ReadResult['status'] | 'skipped';

/**
 * Reads one content and stores its text. A FAILED read is stored as FAILED on the last attempt and left
 * WAITING (for pg-boss to retry) before it, by throwing.
 */
export async function extractEvidenceText(
  deps: ExtractDeps,
  sha256: string,
  attempt: { retryCount: number; retryLimit: number } = { retryCount: 0, retryLimit: 0 },
): Promise<ExtractOutcome> {
  const now = deps.now ?? (() => new Date());
  const row = await deps.prisma.evidenceText.findUnique({ where: { sha256 }, select: { status: true } });
  if (!row || row.status !== 'WAITING') return 'skipped';
  const file = await deps.prisma.evidenceFile.findFirst({ where: { sha256 }, select: { kind: true } });
  const bytes = file ? await bytesOf(deps.storage, sha256) : null;
  const read: ReadResult =
    file && bytes
      ? await (deps.read ?? readEvidence)({ bytes, kind: file.kind }, deps.limits)
      : {
          status: 'FAILED',
          pages: [],
          pageCount: null,
          truncated: false,
          error: 'stored file missing',
          ms: 0,
        };
  // A missing stored file will not appear by retrying; a failed read (a timeout under load) may succeed later.
  const last = attempt.retryCount >= attempt.retryLimit || !file || !bytes;
  if (read.status === 'FAILED' && !last) {
    await deps.prisma.evidenceText.update({
      where: { sha256 },
      data: { attempts: { increment: 1 }, error: read.error },
    });
    throw new Error(`evidence ${sha256.slice(0, 12)}: ${read.error ?? 'failed'}`);
  }
  await deps.prisma.$transaction(async (tx) => {
    await tx.evidenceTextPage.deleteMany({ where: { sha256 } });
    for (const page of read.pages) {
      await tx.$executeRaw`
        INSERT INTO "EvidenceTextPage" ("sha256", "page", "method", "confidence", "text", "search")
        VALUES (${sha256}, ${page.page}, ${page.method}, ${page.confidence}, ${page.text}, to_tsvector('simple', ${page.text}))`;
    }
    await tx.evidenceText.update({
      where: { sha256 },
      data: {
        status: read.status,
        pageCount: read.pageCount,
        truncated: read.truncated,
        error: read.error,
        attempts: { increment: 1 },
        readMs: read.ms,
        readAt: now(),
      },
    });
  });
  return read.status;
}
