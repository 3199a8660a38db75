// dashboard.plan: the region's innovations as a domain portfolio (verified or claimed tiers), then the
// domain's planner for the best set and next actions, and a what-if score for a chosen set.
import type { PrismaClient, SubmissionState } from '@inovda/db';
import {
  nextBestActions,
  planBestSet,
  resolveVerifiedTier,
  scoreInnovation,
  scoreRegion,
  type TEditionPack,
  type TPortfolio,
  hasAnswerEvidence,
  CLAIMED_STATES,
  VERIFIED_STATES,
} from '@inovda/domain';
import { archivedProfile } from '../innovation-profile.ts';
import { projection } from './build-summary.ts';

export type PlanBasis = 'VERIFIED' | 'CLAIMED';

export async function loadPortfolio(
  prisma: PrismaClient,
  pack: TEditionPack,
  periodId: string,
  basis: PlanBasis,
): Promise<TPortfolio> {
  const states: SubmissionState[] = [...(basis === 'VERIFIED' ? VERIFIED_STATES : CLAIMED_STATES)];
  const [submissions, spd] = await Promise.all([
    prisma.submission.findMany({
      where: { periodId, state: { in: states } },
      select: {
        profileSnapshot: true,
        innovation: { select: { id: true, name: true, urusan: true } },
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
      },
      orderBy: { innovationId: 'asc' },
    }),
    prisma.spdAnswer.findMany({ where: { periodId }, select: { code: true, tier: true } }),
  ]);
  const known = new Set(pack.sid.map((row) => row.code));
  return {
    edition: pack.code,
    spd: Object.fromEntries(spd.map((row) => [row.code, row.tier])),
    innovations: submissions.map(({ innovation, profileSnapshot, answers }) => {
      // A past period plans with the name and urusan it assessed (its yandas coverage), kept at carry-over.
      const archived = archivedProfile(profileSnapshot);
      return {
        id: innovation.id,
        name: archived?.name ?? innovation.name,
        urusan: archived?.urusan ?? innovation.urusan,
        indicators: Object.fromEntries(
          answers
            .filter((a) => known.has(a.code))
            .map((a) => [
              a.code,
              basis === 'CLAIMED'
                ? a.claimedTier
                : resolveVerifiedTier({
                    claimedTier: a.claimedTier,
                    verdict: a.verdict,
                    verifiedTier: a.verifiedTier,
                    hasEvidence: hasAnswerEvidence(pack, {
                      code: a.code,
                      links: a.links,
                      evidenceCount: a._count.evidence,
                    }),
                  }),
            ]),
        ),
      };
    }),
  };
}

export function buildPlan(
  pack: TEditionPack,
  portfolio: TPortfolio,
  whatIf: { include?: readonly string[]; exclude?: readonly string[] },
  limit: number,
) {
  const plan = planBestSet(pack, portfolio);
  const include = whatIf.include ? new Set(whatIf.include) : null;
  const exclude = new Set(whatIf.exclude ?? []);
  const chosen = portfolio.innovations.filter(
    (i) => (include ? include.has(i.id) : true) && !exclude.has(i.id),
  );
  const unknown = [...(whatIf.include ?? []), ...exclude].filter(
    (id) => !portfolio.innovations.some((i) => i.id === id),
  );
  const whatIfScore = scoreRegion(pack, {
    spd: portfolio.spd,
    innovations: chosen.map((i) => ({
      id: i.id,
      urusan: i.urusan,
      maturityX100: scoreInnovation(pack, i.indicators).maturityX100,
    })),
  });
  return {
    candidates: portfolio.innovations.length,
    best: projection(plan.best),
    all: projection(plan.all),
    gainX100: plan.gainX100,
    sendIds: plan.sendIds,
    excludedIds: plan.excludedIds,
    nextActions: nextBestActions(pack, portfolio, { limit }),
    whatIf: {
      innovationIds: chosen.map((i) => i.id),
      unknownIds: unknown,
      projection: projection(whatIfScore),
    },
  };
}
