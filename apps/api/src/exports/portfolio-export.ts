// GET /exports/:periodId/portfolio.json?basis=claimed|verified|package: the region's portfolio in the CLI's
// interchange format, so `inovda score` of the file gives exactly the IID the app shows for that basis:
//   claimed   the dashboard's claimed projection: every submission in the send except REJECTED, claimed tiers
//   verified  the dashboard's verified projection: VERIFIED / READY_TO_SEND / SENT in the send, verified tiers
//   package   the national package (export preview, ZIP): READY_TO_SEND / SENT in the send, verified tiers
// Verified tiers come from `resolveVerifiedTier` with the evidence rule, as everywhere else; names and urusan
// are those the period assessed (`submissionProfile`). Answers and SPD rows outside the edition are left out,
// as the package does.
import type { Prisma, PrismaClient } from '@inovda/db';
import {
  CLAIMED_STATES,
  PACKAGE_STATES,
  VERIFIED_STATES,
  resolveVerifiedTier,
  type TEditionPack,
  type TPortfolio,
  hasAnswerEvidence,
} from '@inovda/domain';
import { z } from 'zod';
import type { ScopeUser } from '../scope.ts';
import { submissionProfile, submissionProfileSelect } from '../services/innovation-profile.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';

export const ZPortfolioBasis = z.enum(['claimed', 'verified', 'package']);
export type PortfolioBasis = z.infer<typeof ZPortfolioBasis>;

// Which submissions each basis holds, besides includeInSend (the admin's send decision).
const STATES: Record<PortfolioBasis, Prisma.SubmissionWhereInput['state']> = {
  claimed: { in: [...CLAIMED_STATES] },
  verified: { in: [...VERIFIED_STATES] },
  package: { in: [...PACKAGE_STATES] },
};

const select = {
  ...submissionProfileSelect,
  innovation: { select: { id: true, ...submissionProfileSelect.innovation.select } },
  answers: {
    select: {
      code: true,
      claimedTier: true,
      verdict: true,
      verifiedTier: true,
      links: true,
      _count: { select: { evidence: true } },
    },
  },
} as const satisfies Prisma.SubmissionSelect;

type Row = Prisma.SubmissionGetPayload<{ select: typeof select }>;

function tiersOf(pack: TEditionPack, row: Row, basis: PortfolioBasis): Record<string, number> {
  const codes = new Set(pack.sid.map((indicator) => indicator.code));
  const tiers: Record<string, number> = {};
  for (const answer of row.answers) {
    if (!codes.has(answer.code)) continue;
    tiers[answer.code] =
      basis === 'claimed'
        ? answer.claimedTier
        : resolveVerifiedTier({
            claimedTier: answer.claimedTier,
            verdict: answer.verdict,
            verifiedTier: answer.verifiedTier,
            hasEvidence: hasAnswerEvidence(pack, {
              code: answer.code,
              links: answer.links,
              evidenceCount: answer._count.evidence,
            }),
          });
  }
  return tiers;
}

/** The period (in the user's region) and its portfolio for the basis, ordered as the package orders it. */
export async function loadRegionPortfolio(
  prisma: PrismaClient,
  user: ScopeUser,
  periodId: string,
  basis: PortfolioBasis,
) {
  const { period, pack } = await loadPeriodWithPack(prisma, user, periodId);
  const [region, rows, spdRows] = await Promise.all([
    prisma.region.findUniqueOrThrow({ where: { id: period.regionId }, select: { code: true } }),
    prisma.submission.findMany({
      where: { periodId, includeInSend: true, state: STATES[basis] },
      select,
      orderBy: [{ innovation: { unit: { name: 'asc' } } }, { innovation: { name: 'asc' } }, { id: 'asc' }],
    }),
    prisma.spdAnswer.findMany({ where: { periodId }, select: { code: true, tier: true } }),
  ]);
  const spdCodes = new Set(pack.spd.map((row) => row.code));
  const portfolio: TPortfolio = {
    edition: pack.code,
    spd: Object.fromEntries(
      spdRows.filter((row) => spdCodes.has(row.code)).map((row) => [row.code, row.tier]),
    ),
    innovations: rows.map((row) => {
      const profile = submissionProfile(row);
      return {
        id: row.innovation.id,
        ...(profile.name ? { name: profile.name } : {}),
        urusan: profile.urusan ?? '',
        indicators: tiersOf(pack, row, basis),
      };
    }),
  };
  return { period, region, portfolio };
}
