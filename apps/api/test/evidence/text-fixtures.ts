// Evidence files whose text is already read, written straight to the database as the reading job stores it
// (EvidenceText READ and its pages with their tsvector), for tests of what is built on the text: the evidence
// check, the dashboard's projection, search and housekeeping. The job itself is tested in evidence-text.int.test.
import { createHash } from 'node:crypto';
import type { DocSpec } from '@inovda/evidence-reader/corpus';
import type { Harness } from '../harness.ts';

/** An EvidenceFile of `regionId` holding `doc`, read as a text PDF at `readAt`. */
export async function storeReadDocument(
  h: Harness,
  doc: DocSpec,
  options: { regionId?: string; readAt?: Date; salt?: string } = {},
) {
  const sha256 = createHash('sha256')
    .update(JSON.stringify([doc, options.salt ?? '']))
    .digest('hex');
  const row = await h.prisma.evidenceFile.create({
    data: {
      regionId: options.regionId ?? h.region.id,
      sha256,
      size: 1000,
      kind: 'PDF',
      mimeType: 'application/pdf',
      originalName: doc.fileName,
      uploadedById: h.users.operator.id,
    },
  });
  await writeReadText(h, sha256, doc, options.readAt);
  return { id: row.id, sha256 };
}

/** The EvidenceText row (READ) and pages of `sha256`, as the job writes them. */
export async function writeReadText(h: Harness, sha256: string, doc: DocSpec, readAt = new Date()) {
  await h.prisma.evidenceText.upsert({
    where: { sha256 },
    create: { sha256, status: 'READ', pageCount: doc.pages.length, readAt, attempts: 1 },
    update: { status: 'READ', pageCount: doc.pages.length, readAt },
  });
  await h.prisma.evidenceTextPage.deleteMany({ where: { sha256 } });
  for (const [index, lines] of doc.pages.entries()) {
    const text = lines.join('\n');
    await h.prisma.$executeRaw`
      INSERT INTO "EvidenceTextPage" ("sha256", "page", "method", "confidence", "text", "search")
      VALUES (${sha256}, ${index + 1}, 'TEXT', NULL, ${text}, to_tsvector('simple', ${text}))`;
  }
}

/** Replaces the files of an answer by `evidenceIds` and sets its claimed tier. */
export async function setAnswer(h: Harness, answerId: string, evidenceIds: string[], claimedTier: number) {
  await h.prisma.answerEvidence.deleteMany({ where: { answerId } });
  for (const evidenceId of evidenceIds)
    await h.prisma.answerEvidence.create({ data: { answerId, evidenceId } });
  await h.prisma.indicatorAnswer.update({ where: { id: answerId }, data: { claimedTier } });
}
