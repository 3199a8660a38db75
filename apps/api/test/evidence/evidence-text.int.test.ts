// The evidence-text job end to end on a real database: real generated files (a text PDF, a scanned PDF) in the
// real file store, the job runner (pg-boss) started on the test database, the real reader (pdfjs, Poppler,
// Tesseract). Then innovation.byId's evidenceCheck, full-text search, and "the same content is read once".
import { renderScanPdf, renderTextPdf, templates } from '@inovda/evidence-reader/corpus';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchEvidenceText } from '../../src/evidence-text/search.ts';
import { type JobRunner, startJobRunner } from '../../src/jobs/job-runner.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';

const NAME = 'Layanan Antar Obat';
let h: Harness;
let runner: JobRunner | null = null;

async function storeFile(bytes: Buffer, kind: 'PDF', name: string, regionId = h.region.id) {
  const blob = await h.storage.put(bytes);
  const row = await h.prisma.evidenceFile.create({
    data: {
      regionId,
      sha256: blob.sha256,
      size: blob.size,
      kind,
      mimeType: 'application/pdf',
      originalName: name,
      uploadedById: h.users.operator.id,
    },
  });
  return { id: row.id, sha256: blob.sha256 };
}

async function attach(answerId: string, evidenceId: string, claimedTier: number) {
  await h.prisma.answerEvidence.deleteMany({ where: { answerId } });
  await h.prisma.answerEvidence.create({ data: { answerId, evidenceId } });
  await h.prisma.indicatorAnswer.update({ where: { id: answerId }, data: { claimedTier } });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function start() {
  runner = await startJobRunner({
    db: h.db,
    mailer: null,
    appUrl: 'http://localhost',
    sweepCron: null,
    storage: h.storage,
    evidenceRetry: { limit: 0, delaySeconds: 1 },
    pollingIntervalSeconds: 0.5,
    log: () => {},
  });
  return runner;
}

beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await runner?.stop(5_000);
  runner = null;
  await h.close();
});

describe('evidence text job', () => {
  it('reads existing evidence once in the background; byId then says what the documents support', async () => {
    const { innovationId, answers } = await createSubmission(h, 'SUBMITTED');
    const perbup = await storeFile(
      await renderTextPdf(templates.perbup(2024, NAME, true, 0)),
      'PDF',
      'perbup.pdf',
    );
    const scan = await renderScanPdf(templates.teamLetter('ST', 12, 2025, NAME, 'Dinas Kesehatan'), 11);
    const team = await storeFile(scan.pdf, 'PDF', 'surat-tugas.pdf');
    await attach(answers['16'] ?? '', perbup.id, 3);
    await attach(answers['17'] ?? '', team.id, 3);

    const before = await h.callerFor('verifier').innovation.byId({ id: innovationId });
    const pending = before.submission?.answers.find((a) => a.code === '16')?.evidenceCheck;
    expect(pending).toEqual({ status: 'PENDING', supportedTier: null, findings: [] });

    await start();
    await eventually(async () => {
      const rows = await h.prisma.evidenceText.findMany({
        where: { sha256: { in: [perbup.sha256, team.sha256] } },
      });
      return rows.length === 2 && rows.every((r) => r.status !== 'WAITING');
    });

    const after = await h.callerFor('operator').innovation.byId({ id: innovationId });
    const regulasi = after.submission?.answers.find((a) => a.code === '16')?.evidenceCheck;
    expect(regulasi).toMatchObject({ status: 'DONE', supportedTier: 2 });
    expect(regulasi?.findings[0]).toMatchObject({
      code: 'EVIDENCE.LOWER_KIND',
      evidenceId: perbup.id,
      page: 1,
      snippet: 'PERATURAN BUPATI PATI',
      ocr: false,
      messages: {
        id: 'Bukti mendukung tingkat 2, bukan 3: dokumen ini Peraturan Bupati Pati, bukan Peraturan Daerah.',
      },
    });
    const sdm = after.submission?.answers.find((a) => a.code === '17')?.evidenceCheck;
    expect(sdm).toMatchObject({ status: 'DONE', supportedTier: 2 });
    expect(sdm?.findings.find((f) => f.code === 'EVIDENCE.FIGURE_OCR')).toMatchObject({
      ocr: true,
      evidenceId: team.id,
      params: { value: 12 },
    });

    // The fixture's other files have no stored content: reading them failed, said as such, never guessed.
    const missing = after.submission?.answers.find((a) => a.code === '33')?.evidenceCheck;
    expect(missing).toMatchObject({ status: 'FAILED', supportedTier: null });
    expect(after.submission?.answers.find((a) => a.code === '35')?.evidenceCheck).toBeNull();
    expect(after.submission?.answers.find((a) => a.code === '32')?.evidenceCheck).toBeNull();

    const pages = await h.prisma.evidenceTextPage.findMany({
      where: { sha256: team.sha256 },
      select: { method: true, confidence: true },
    });
    expect(pages.length).toBe(2);
    expect(pages.every((p) => p.method === 'OCR' && (p.confidence ?? 0) > 50)).toBe(true);
    const hits = await searchEvidenceText(h.prisma, h.region.id, 'antar obat');
    expect(hits.map((x) => [x.evidenceId, x.page])).toContainEqual([perbup.id, 2]);
    expect(await searchEvidenceText(h.prisma, h.otherRegion.id, 'antar obat')).toEqual([]);
  }, 300_000);

  it('reads the same content once, however many files hold it, and queues new uploads in their transaction', async () => {
    const bytes = await renderTextPdf(templates.sop(1, NAME, 'Dinas Kesehatan'));
    const first = await storeFile(bytes, 'PDF', 'sop.pdf');
    const job = await start();
    await eventually(
      async () =>
        (await h.prisma.evidenceText.findUnique({ where: { sha256: first.sha256 } }))?.status === 'READ',
    );
    await storeFile(bytes, 'PDF', 'sop-lagi.pdf', h.otherRegion.id);
    await h.prisma.$transaction(async (tx) => {
      await tx.evidenceText.createMany({ data: [{ sha256: first.sha256 }], skipDuplicates: true });
      await job.evidenceText?.enqueue(tx, [first.sha256]);
    });
    const fresh = await storeFile(await renderTextPdf(templates.rkpd(2025, NAME)), 'PDF', 'rkpd.pdf');
    await h.prisma.$transaction(async (tx) => {
      await tx.evidenceText.createMany({ data: [{ sha256: fresh.sha256 }], skipDuplicates: true });
      await job.evidenceText?.enqueue(tx, [fresh.sha256]);
    });
    await eventually(
      async () =>
        (await h.prisma.evidenceText.findUnique({ where: { sha256: fresh.sha256 } }))?.status === 'READ',
    );
    const sop = await h.prisma.evidenceText.findUniqueOrThrow({ where: { sha256: first.sha256 } });
    expect(sop).toMatchObject({ status: 'READ', attempts: 1, pageCount: 1, truncated: false });
  }, 300_000);
});
