// Data for the workflow tests: a profile that passes the IGA 2026 profile rules, and evidence rows.
import type { Harness } from '../harness.ts';

const words = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `${topic}${i}`).join(' ');

/** A PENERAPAN profile of Dinas A, inside the 2026 eligibility window, 360 words of rancang bangun. */
export function readyProfile(h: Harness, name = 'Layanan Antar Obat') {
  return {
    periodId: h.period.id,
    name,
    unitId: h.units.dinasA,
    urusan: 'kesehatan',
    urusanLain: [],
    tahapan: 'PENERAPAN' as const,
    inisiator: 'OPD' as const,
    jenis: 'DIGITAL' as const,
    bentuk: 'PELAYANAN_PUBLIK' as const,
    waktuUjiCoba: '2024-06-01',
    waktuPenerapan: '2025-02-01',
    tujuan: 'Mendekatkan layanan obat kepada pasien kronis.',
    manfaat: 'Pasien tidak perlu antre di apotek puskesmas.',
    hasil: 'Waktu tunggu obat turun dari tiga jam menjadi nol.',
    rancangBangun: {
      dasarHukum: words('hukum', 60),
      permasalahan: words('masalah', 60),
      isuStrategis: words('isu', 60),
      metodePembaharuan: words('metode', 60),
      keunggulan: words('unggul', 60),
      tahapanCaraKerja: words('tahap', 60),
    },
  };
}

let counter = 0;
/** An EvidenceFile row of region A uploaded by `uploadedById` (the upload path itself is tested elsewhere). */
export async function createEvidence(h: Harness, kind: 'PDF' | 'PNG' | 'JPEG' | 'MP4', uploadedById: string) {
  counter += 1;
  const mimeType = { PDF: 'application/pdf', PNG: 'image/png', JPEG: 'image/jpeg', MP4: 'video/mp4' }[kind];
  const row = await h.prisma.evidenceFile.create({
    data: {
      regionId: h.region.id,
      sha256: counter.toString(16).padStart(64, '0'),
      size: 100,
      kind,
      mimeType,
      originalName: `bukti-${counter}.${kind.toLowerCase()}`,
      uploadedById,
    },
  });
  return row.id;
}

type State = 'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'RETURNED' | 'VERIFIED' | 'READY_TO_SEND';

/**
 * A submission of Dinas A written straight to the database in `state`, ready by the domain's rules (profile of
 * `readyProfile`, the five mandatory indicators answered with evidence), with every answer at `verdict`.
 */
export async function createSubmission(
  h: Harness,
  state: State,
  verdict: 'PENDING' | 'ACCEPTED' = 'PENDING',
) {
  const {
    periodId: _p,
    rancangBangun,
    tujuan,
    manfaat,
    hasil,
    urusanLain,
    waktuUjiCoba,
    waktuPenerapan,
    ...columns
  } = readyProfile(h);
  const innovation = await h.prisma.innovation.create({
    data: {
      ...columns,
      regionId: h.region.id,
      waktuUjiCoba: new Date(`${waktuUjiCoba}T00:00:00Z`),
      waktuPenerapan: new Date(`${waktuPenerapan}T00:00:00Z`),
      profile: { rancangBangun, tujuan, manfaat, hasil, urusanLain },
    },
  });
  const submission = await h.prisma.submission.create({
    data: { periodId: h.period.id, innovationId: innovation.id, state },
  });
  const answers: Record<string, string> = {};
  for (const code of ['16', '17', '32', '33', '35']) {
    const answer = await h.prisma.indicatorAnswer.create({
      data: { submissionId: submission.id, code, claimedTier: 2, basis: code === '33' ? 'a' : null, verdict },
    });
    const kind = code === '35' ? 'MP4' : 'PDF';
    await h.prisma.answerEvidence.create({
      data: { answerId: answer.id, evidenceId: await createEvidence(h, kind, h.users.operator.id) },
    });
    answers[code] = answer.id;
  }
  return { innovationId: innovation.id, submissionId: submission.id, answers };
}
