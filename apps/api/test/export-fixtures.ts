// Data for the export tests: submissions of region A frozen at READY_TO_SEND with real evidence blobs in a
// local store (the package streams them and checks their hashes), plus rows that must stay out of the package.
import { createStorage, type Storage } from '../src/storage/index.ts';
import { samplePdf, sampleMp4 } from '../src/uploads/testing/sample-files.ts';
import type { Harness } from './harness.ts';
import { createSubmission } from './workflow/fixtures.ts';

export interface ExportFixture {
  storage: Storage;
  included: { innovationId: string; submissionId: string };
  excluded: { innovationId: string; submissionId: string };
  verified: { innovationId: string; submissionId: string };
}

/** Replaces the fixture's placeholder evidence of a submission with real stored files (one per answer). */
async function attachRealEvidence(
  h: Harness,
  storage: Storage,
  answers: Record<string, string>,
  tag: string,
) {
  for (const [code, answerId] of Object.entries(answers)) {
    await h.prisma.answerEvidence.deleteMany({ where: { answerId } });
    const content = code === '35' ? sampleMp4(2_000) : samplePdf(1_500, `${tag}-${code}`);
    const blob = await storage.put(content);
    const evidence =
      (await h.prisma.evidenceFile.findFirst({
        where: { regionId: h.region.id, sha256: blob.sha256 },
      })) ??
      (await h.prisma.evidenceFile.create({
        data: {
          regionId: h.region.id,
          sha256: blob.sha256,
          size: blob.size,
          kind: code === '35' ? 'MP4' : 'PDF',
          mimeType: code === '35' ? 'video/mp4' : 'application/pdf',
          originalName: code === '35' ? 'Video Inovasi.mp4' : `SK Kepala Dinas ${code}.pdf`,
        },
      }));
    await h.prisma.answerEvidence.create({ data: { answerId, evidenceId: evidence.id } });
  }
}

export async function createExportFixture(h: Harness, dataDir: string): Promise<ExportFixture> {
  const storage = createStorage({ dataDir });
  const included = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
  await attachRealEvidence(h, storage, included.answers, 'a');
  // One downgrade so claimed and verified differ: 17 claimed 2, verified 1.
  await h.prisma.indicatorAnswer.update({
    where: { id: included.answers['17'] },
    data: { verdict: 'DOWNGRADED', verifiedTier: 1 },
  });
  await h.prisma.innovation.update({
    where: { id: included.innovationId },
    data: {
      profile: {
        ...(await readProfile(h, included.innovationId)),
        anggaran: { jumlah: 15000000, sumber: 'APBD' },
        namaInisiator: '=HYPERLINK("http://x")',
        videoUrl: 'https://youtu.be/abc',
      },
    },
  });
  await h.prisma.submission.update({
    where: { id: included.submissionId },
    data: { state: 'READY_TO_SEND' },
  });

  const excluded = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
  await h.prisma.innovation.update({
    where: { id: excluded.innovationId },
    data: { name: 'Inovasi Tidak Dikirim' },
  });
  await h.prisma.submission.update({
    where: { id: excluded.submissionId },
    data: { state: 'READY_TO_SEND', includeInSend: false },
  });

  const verified = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
  await h.prisma.innovation.update({
    where: { id: verified.innovationId },
    data: { name: 'Inovasi Belum Dibekukan' },
  });

  await h.prisma.spdAnswer.create({ data: { periodId: h.period.id, code: '1', tier: 3 } });
  return { storage, included, excluded, verified };
}

async function readProfile(h: Harness, innovationId: string): Promise<Record<string, unknown>> {
  const row = await h.prisma.innovation.findUniqueOrThrow({
    where: { id: innovationId },
    select: { profile: true },
  });
  return row.profile as Record<string, unknown>;
}
