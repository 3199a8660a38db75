// dashboard.evidence: the third projection, "IID yang didukung bukti", and the units whose claims their
// documents support least. Each claimed innovation (the claimed projection's set: in the send, not rejected) is
// scored twice from its answers: at the claimed tiers, and with every indicator at the tier its read evidence
// supports. Where the documents cannot say (files not read yet, unreadable, failed, or an indicator whose
// evidence is a photo or video), the claimed tier stands, and how many indicators that was is returned beside
// the figure. A claim of a document-assessed indicator with no file and no link at all is supported by nothing
// (tier 0, counted apart). A tier the documents support ABOVE the claim is not counted: the region sends the
// claim.
import type { PrismaClient } from '@inovda/db';
import {
  CLAIMED_STATES,
  compileEdition,
  listYandasCovered,
  roundHalfUpDivide,
  scoreInnovation,
  scoreRegionTotals,
  scoreSpd,
  type TEditionPack,
} from '@inovda/domain';
import { checkAnswers, type CheckItem } from '../../evidence-text/evidence-check.ts';
import { archivedProfile } from '../innovation-profile.ts';
import { projection } from './build-summary.ts';

/** How the indicators claimed (tier >= 1) of the counted innovations were judged. */
export interface IndicatorCounts {
  /** Claimed indicators whose documents were read and assessed (the supported tier is used). */
  assessed: number;
  /** Files still waiting to be read: the claimed tier is used. */
  pending: number;
  /** No file could be read (no text layer and OCR found nothing): the claimed tier is used. */
  unreadable: number;
  /** Reading failed (missing file, time limit after retries): the claimed tier is used. */
  failed: number;
  /** Indicators the documents cannot decide (photos, screenshots, video, links only): the claimed tier is used. */
  notAssessed: number;
  /** Claims of document-assessed indicators with no file and no link: supported by nothing (tier 0). */
  noEvidence: number;
}

interface UnitEvidenceGap {
  unitId: string;
  name: string;
  innovationCount: number;
  /** Mean maturities in hundredths, rounded half-up; gap = claimed - supported. */
  claimedAverageX100: number;
  supportedAverageX100: number;
  gapX100: number;
  /** Claimed indicators of the unit whose files were not read (pending, unreadable or failed). */
  notRead: number;
}

const emptyCounts = (): IndicatorCounts => ({
  assessed: 0,
  pending: 0,
  unreadable: 0,
  failed: 0,
  notAssessed: 0,
  noEvidence: 0,
});

export async function buildEvidenceProjection(
  prisma: PrismaClient,
  pack: TEditionPack,
  period: { id: string; regionId: string },
) {
  const [region, submissions, spd] = await Promise.all([
    prisma.region.findUniqueOrThrow({ where: { id: period.regionId }, select: { name: true } }),
    prisma.submission.findMany({
      where: { periodId: period.id, includeInSend: true, state: { in: [...CLAIMED_STATES] } },
      select: {
        profileSnapshot: true,
        innovation: {
          select: {
            id: true,
            name: true,
            urusan: true,
            waktuPenerapan: true,
            unit: { select: { id: true, name: true } },
          },
        },
        answers: {
          select: {
            id: true,
            code: true,
            claimedTier: true,
            basis: true,
            links: true,
            evidence: {
              select: { evidence: { select: { id: true, sha256: true, originalName: true } } },
              orderBy: { attachedAt: 'asc' },
            },
          },
        },
      },
      orderBy: { innovationId: 'asc' },
    }),
    prisma.spdAnswer.findMany({ where: { periodId: period.id }, select: { code: true, tier: true } }),
  ]);
  const known = new Set(pack.sid.map((i) => i.code));
  const expects = new Set(pack.sid.filter((i) => i.expectations).map((i) => i.code));
  const items: CheckItem[] = [];
  /** Answers claiming a document-assessed indicator with nothing attached. */
  const bare = new Set<string>();
  for (const { profileSnapshot, innovation, answers } of submissions) {
    // A past period judges the innovation by the profile it assessed (kept at carry-over), as byId does.
    const archived = archivedProfile(profileSnapshot);
    const facts = {
      name: archived?.name ?? innovation.name,
      waktuPenerapan:
        archived?.waktuPenerapan ?? innovation.waktuPenerapan?.toISOString().slice(0, 10) ?? null,
      regionName: region.name,
    };
    for (const a of answers) {
      if (!known.has(a.code)) continue;
      items.push({
        innovation: facts,
        answer: { ...a, evidence: a.evidence.map((link) => link.evidence) },
      });
      if (a.claimedTier >= 1 && a.evidence.length === 0 && a.links.length === 0 && expects.has(a.code))
        bare.add(a.id);
    }
  }
  const checks = await checkAnswers(prisma, pack, items);

  const counts = emptyCounts();
  const units = new Map<
    string,
    { name: string; n: number; claimed: number; supported: number; notRead: number }
  >();
  const urusan = new Set<string>();
  let sumClaimed = 0;
  let sumSupported = 0;
  for (const { profileSnapshot, innovation, answers } of submissions) {
    urusan.add(archivedProfile(profileSnapshot)?.urusan ?? innovation.urusan);
    const claimedTiers: Record<string, number> = {};
    const supportedTiers: Record<string, number> = {};
    let notRead = 0;
    for (const a of answers) {
      if (!known.has(a.code)) continue;
      claimedTiers[a.code] = a.claimedTier;
      const check = checks.get(a.id) ?? null;
      let tier = a.claimedTier;
      if (a.claimedTier >= 1) {
        const status = check?.status ?? null;
        if (status === 'PENDING' || status === 'UNREADABLE' || status === 'FAILED') {
          counts[status === 'PENDING' ? 'pending' : status === 'FAILED' ? 'failed' : 'unreadable'] += 1;
          notRead += 1;
        } else if (bare.has(a.id)) {
          counts.noEvidence += 1;
          tier = 0;
        } else if (check?.supportedTier == null) counts.notAssessed += 1;
        else {
          counts.assessed += 1;
          tier = Math.min(a.claimedTier, check.supportedTier);
        }
      }
      supportedTiers[a.code] = tier;
    }
    const claimed = scoreInnovation(pack, claimedTiers).maturityX100;
    const supported = scoreInnovation(pack, supportedTiers).maturityX100;
    sumClaimed += claimed;
    sumSupported += supported;
    const unit = units.get(innovation.unit.id) ?? {
      name: innovation.unit.name,
      n: 0,
      claimed: 0,
      supported: 0,
      notRead: 0,
    };
    unit.n += 1;
    unit.claimed += claimed;
    unit.supported += supported;
    unit.notRead += notRead;
    units.set(innovation.unit.id, unit);
  }

  const compiled = compileEdition(pack);
  const spdX100 = scoreSpd(pack, Object.fromEntries(spd.map((r) => [r.code, r.tier]))).spdX100;
  const regionScore = (sum: number) =>
    projection(
      scoreRegionTotals(compiled, {
        spdX100,
        innovationCount: submissions.length,
        sumMaturityX100: sum,
        yandasCovered: listYandasCovered(urusan).length,
      }),
    );
  const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
  const gaps: UnitEvidenceGap[] = [...units].map(([unitId, u]) => {
    // Each unit here has at least one innovation (n >= 1): means rounded half-up, exact.
    const claimedAverageX100 = roundHalfUpDivide(u.claimed, u.n);
    const supportedAverageX100 = roundHalfUpDivide(u.supported, u.n);
    return {
      unitId,
      name: u.name,
      innovationCount: u.n,
      claimedAverageX100,
      supportedAverageX100,
      gapX100: claimedAverageX100 - supportedAverageX100,
      notRead: u.notRead,
    };
  });
  gaps.sort(
    (a, b) =>
      b.gapX100 - a.gapX100 || b.innovationCount - a.innovationCount || collator.compare(a.name, b.name),
  );
  return {
    claimed: regionScore(sumClaimed),
    supported: regionScore(sumSupported),
    indicators: counts,
    units: gaps,
  };
}
