// Data for the package-snapshot tests and matrix entries: a period of its own (a fresh year) holding one
// READY_TO_SEND submission whose five mandatory answers have real evidence files in the harness's store, so a
// freeze can build the whole ZIP.
import { samplePdf, sampleMp4 } from '../src/uploads/testing/sample-files.ts';
import type { Harness } from './harness.ts';
import { readyProfile } from './workflow/fixtures.ts';

let year = 3000;

export async function createReadyPeriod(h: Harness) {
  year += 1;
  const period = await h.prisma.period.create({
    data: { regionId: h.region.id, year, name: `IID ${year}`, editionCode: 'iga-2026', state: 'OPEN' },
  });
  const { name, unitId, urusan, tahapan, inisiator, jenis, bentuk } = readyProfile(h, `Inovasi ${year}`);
  const innovation = await h.prisma.innovation.create({
    data: { regionId: h.region.id, name, unitId, urusan, tahapan, inisiator, jenis, bentuk },
  });
  const submission = await h.prisma.submission.create({
    data: { periodId: period.id, innovationId: innovation.id, state: 'READY_TO_SEND' },
  });
  for (const code of ['16', '17', '32', '33', '35']) {
    const answer = await h.prisma.indicatorAnswer.create({
      data: {
        submissionId: submission.id,
        code,
        claimedTier: 2,
        basis: code === '33' ? 'a' : null,
        verdict: 'ACCEPTED',
      },
    });
    const video = code === '35';
    const blob = await h.storage.put(video ? sampleMp4(1_000 + year) : samplePdf(1_200, `${year}-${code}`));
    const evidence =
      (await h.prisma.evidenceFile.findFirst({
        where: { regionId: h.region.id, sha256: blob.sha256 },
      })) ??
      (await h.prisma.evidenceFile.create({
        data: {
          regionId: h.region.id,
          sha256: blob.sha256,
          size: blob.size,
          kind: video ? 'MP4' : 'PDF',
          mimeType: video ? 'video/mp4' : 'application/pdf',
          originalName: video ? 'video.mp4' : `bukti-${code}.pdf`,
        },
      }));
    await h.prisma.answerEvidence.create({ data: { answerId: answer.id, evidenceId: evidence.id } });
  }
  return { periodId: period.id, submissionId: submission.id };
}

/** A fresh period frozen by region A's ADMIN: the snapshot's id. */
export async function createFrozenSnapshot(h: Harness): Promise<string> {
  const { periodId, submissionId } = await createReadyPeriod(h);
  const snapshot = await h.callerFor('admin').package.freeze({ periodId, submissionIds: [submissionId] });
  return snapshot.id;
}
