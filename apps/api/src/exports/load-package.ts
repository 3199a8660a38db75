// Loads what a national submission package holds: the period's submissions frozen at READY_TO_SEND (or already
// SENT) with includeInSend = true, their profiles, answers and evidence, and the region's SPD answers. Scores
// are recomputed here by the domain from the answers, never read from the cached columns, so the package
// always agrees with the rules of its edition.
import type { Prisma, PrismaClient, SubmissionState } from '@inovda/db';
import {
  PACKAGE_STATES as DOMAIN_PACKAGE_STATES,
  resolveVerifiedTier,
  scoreRegion,
  scoreInnovation,
  type RegionScore,
  type TEditionPack,
  type TInnovationProfileDraft,
  hasAnswerEvidence,
} from '@inovda/domain';
import type { ScopeUser } from '../scope.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { submissionProfile, submissionProfileSelect } from '../services/innovation-profile.ts';

/** The states whose submissions form the package (the domain's, frozen by the admin's send decision). */
const PACKAGE_STATES: readonly SubmissionState[] = DOMAIN_PACKAGE_STATES;

const packageSubmissionSelect = {
  id: true,
  state: true,
  sentAt: true,
  profileSnapshot: true,
  innovation: {
    select: {
      id: true,
      ...submissionProfileSelect.innovation.select,
      unit: { select: { id: true, name: true, short: true, kind: true } },
    },
  },
  answers: {
    select: {
      code: true,
      claimedTier: true,
      basis: true,
      links: true,
      verdict: true,
      verifiedTier: true,
      evidence: {
        select: {
          evidence: {
            select: { id: true, sha256: true, size: true, kind: true, mimeType: true, originalName: true },
          },
        },
        orderBy: { attachedAt: 'asc' },
      },
    },
  },
} as const satisfies Prisma.SubmissionSelect;

export interface PackageEvidence {
  id: string;
  sha256: string;
  size: number;
  kind: string;
  mimeType: string;
  originalName: string;
}

export interface PackageAnswer {
  code: string;
  claimedTier: number;
  verifiedTier: number;
  verdict: string;
  basis: string | null;
  links: string[];
  evidence: PackageEvidence[];
}

export interface PackageInnovation {
  submissionId: string;
  innovationId: string;
  state: SubmissionState;
  unit: { id: string; name: string; short: string; kind: string };
  profile: TInnovationProfileDraft;
  /** Answers by SID code (absent codes were not answered: tier 0). */
  answers: Map<string, PackageAnswer>;
  claimedMaturityX100: number;
  verifiedMaturityX100: number;
}

export interface PackageData {
  period: { id: string; regionId: string; year: number; name: string; editionCode: string; state: string };
  /** `timeZone`: the region's IANA zone, in which printed dates are written. */
  region: { id: string; code: string; name: string; timeZone: string };
  pack: TEditionPack;
  innovations: PackageInnovation[];
  /** SPD tiers by code, only codes of the edition. */
  spdTiers: Record<string, number>;
  /** Submissions at READY_TO_SEND/SENT that the admin left out of the send. */
  excludedCount: number;
  verified: RegionScore;
  claimed: RegionScore;
}

type Row = Prisma.SubmissionGetPayload<{ select: typeof packageSubmissionSelect }>;

function toInnovation(pack: TEditionPack, row: Row): PackageInnovation {
  const answers = new Map<string, PackageAnswer>();
  const sidCodes = new Set(pack.sid.map((indicator) => indicator.code));
  for (const answer of row.answers) {
    // An answer to a code the edition does not have cannot be scored or exported; it is left out.
    if (!sidCodes.has(answer.code)) continue;
    const evidence = answer.evidence.map((link) => link.evidence);
    const hasEvidence = hasAnswerEvidence(pack, {
      code: answer.code,
      links: answer.links,
      evidenceCount: evidence.length,
    });
    answers.set(answer.code, {
      code: answer.code,
      claimedTier: answer.claimedTier,
      verifiedTier: resolveVerifiedTier({ ...answer, hasEvidence }),
      verdict: answer.verdict,
      basis: answer.basis,
      links: answer.links,
      evidence,
    });
  }
  const tiers = (pick: (a: PackageAnswer) => number) =>
    Object.fromEntries([...answers.values()].map((a) => [a.code, pick(a)]));
  const claimed = scoreInnovation(
    pack,
    tiers((a) => a.claimedTier),
  );
  const verified = scoreInnovation(
    pack,
    tiers((a) => a.verifiedTier),
  );
  const { innovation } = row;
  return {
    submissionId: row.id,
    innovationId: innovation.id,
    state: row.state,
    unit: innovation.unit,
    // A past period exports the profile it assessed, not the one edited since for a later year.
    profile: submissionProfile(row),
    answers,
    claimedMaturityX100: claimed.maturityX100,
    verifiedMaturityX100: verified.maturityX100,
  };
}

/**
 * Everything the package of `periodId` contains; the period must be in the user's region. With `submissionId`
 * the data holds that one submission whatever its state (a single printed profile).
 */
export async function loadPackageData(
  prisma: PrismaClient,
  user: ScopeUser,
  periodId: string,
  only: { submissionId?: string } = {},
): Promise<PackageData> {
  const { period, pack } = await loadPeriodWithPack(prisma, user, periodId);
  const included: Prisma.SubmissionWhereInput = only.submissionId
    ? { periodId, id: only.submissionId }
    : { periodId, state: { in: [...PACKAGE_STATES] }, includeInSend: true };
  const [region, rows, excludedCount, spdRows] = await Promise.all([
    prisma.region.findUniqueOrThrow({
      where: { id: period.regionId },
      select: { id: true, code: true, name: true, timeZone: true },
    }),
    prisma.submission.findMany({
      where: included,
      select: packageSubmissionSelect,
      orderBy: [{ innovation: { unit: { name: 'asc' } } }, { innovation: { name: 'asc' } }, { id: 'asc' }],
    }),
    prisma.submission.count({
      where: { periodId, state: { in: [...PACKAGE_STATES] }, includeInSend: false },
    }),
    prisma.spdAnswer.findMany({ where: { periodId }, select: { code: true, tier: true } }),
  ]);
  const spdCodes = new Set(pack.spd.map((row) => row.code));
  const spdTiers = Object.fromEntries(
    spdRows.filter((row) => spdCodes.has(row.code)).map((row) => [row.code, row.tier]),
  );
  const innovations = rows.map((row) => toInnovation(pack, row));
  const regionScore = (pick: (i: PackageInnovation) => number) =>
    scoreRegion(pack, {
      spd: spdTiers,
      innovations: innovations.map((i) => ({
        id: i.innovationId,
        maturityX100: pick(i),
        urusan: i.profile.urusan ?? '',
      })),
    });
  return {
    period: { ...period },
    region,
    pack,
    innovations,
    spdTiers,
    excludedCount,
    verified: regionScore((i) => i.verifiedMaturityX100),
    claimed: regionScore((i) => i.claimedMaturityX100),
  };
}
