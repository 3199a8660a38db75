// Data for the carry-over tests: past periods of region A and submissions in them, written straight to the
// database (a closed period refuses writes through the API, which is the point).
import type { PeriodState, SubmissionState } from '@inovda/db';
import { IGA_2026, scoreInnovation } from '@inovda/domain';
import type { Harness } from '../harness.ts';
import { createEvidence, readyProfile } from '../workflow/fixtures.ts';

/** Region A's period of `year` in `state` (created once, then its state is set). */
export async function ensurePeriod(h: Harness, year: number, state: PeriodState) {
  const existing = await h.prisma.period.findUnique({
    where: { regionId_year: { regionId: h.region.id, year } },
  });
  if (existing) return h.prisma.period.update({ where: { id: existing.id }, data: { state } });
  return h.prisma.period.create({
    data: { regionId: h.region.id, year, name: `IID ${year}`, editionCode: 'iga-2026', state },
  });
}

export interface PastSubmissionSpec {
  name: string;
  periodId: string;
  penerapan?: string | null;
  pengembangan?: string | null;
  unitId?: string;
  state?: SubmissionState;
  verdict?: 'PENDING' | 'ACCEPTED';
}

/** The maturity of the five mandatory indicators at tier 2 under IGA 2026 (what the fixture answers claim). */
export const MANDATORY_AT_TIER_2_X100 = scoreInnovation(IGA_2026, {
  '16': 2,
  '17': 2,
  '32': 2,
  '33': 2,
  '35': 2,
}).maturityX100;

const at = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * An innovation of Dinas A (or `unitId`) with a submission in `periodId`: a profile that passes the 2026
 * rules, the five mandatory indicators answered at tier 2 with one evidence file each (a video for 35), every
 * answer at `verdict`, and cached maturities as the API would store them.
 */
export async function createPastSubmission(h: Harness, spec: PastSubmissionSpec) {
  const {
    periodId: _p,
    rancangBangun,
    tujuan,
    manfaat,
    hasil,
    urusanLain,
    waktuUjiCoba,
    waktuPenerapan: _penerapan,
    unitId,
    ...columns
  } = readyProfile(h, spec.name);
  const penerapan = spec.penerapan === undefined ? '2025-02-01' : spec.penerapan;
  const innovation = await h.prisma.innovation.create({
    data: {
      ...columns,
      unitId: spec.unitId ?? unitId,
      regionId: h.region.id,
      waktuUjiCoba: penerapan && penerapan < waktuUjiCoba ? at(penerapan) : at(waktuUjiCoba),
      waktuPenerapan: at(penerapan),
      waktuPengembangan: at(spec.pengembangan),
      profile: { rancangBangun, tujuan, manfaat, hasil, urusanLain },
    },
  });
  const verdict = spec.verdict ?? 'ACCEPTED';
  const submission = await h.prisma.submission.create({
    data: {
      periodId: spec.periodId,
      innovationId: innovation.id,
      state: spec.state ?? 'SENT',
      claimedMaturityX100: MANDATORY_AT_TIER_2_X100,
      verifiedMaturityX100: verdict === 'ACCEPTED' ? MANDATORY_AT_TIER_2_X100 : 0,
    },
  });
  const evidence: Record<string, string> = {};
  const answers: Record<string, string> = {};
  for (const code of ['16', '17', '32', '33', '35']) {
    const answer = await h.prisma.indicatorAnswer.create({
      data: {
        submissionId: submission.id,
        code,
        claimedTier: 2,
        basis: code === '33' ? 'a' : null,
        verdict,
        verifierNote: verdict === 'ACCEPTED' ? 'Sesuai.' : null,
      },
    });
    const evidenceId = await createEvidence(h, code === '35' ? 'MP4' : 'PDF', h.users.operator.id);
    await h.prisma.answerEvidence.create({ data: { answerId: answer.id, evidenceId } });
    evidence[code] = evidenceId;
    answers[code] = answer.id;
  }
  return { innovationId: innovation.id, submissionId: submission.id, answers, evidence };
}
