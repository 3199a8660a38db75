// The loop back from the national results: what BSKDN published (per innovation the national maturity, for the
// region the final IID and predicate) next to Inovda's claimed and verified scores, compared by the domain
// (`compareNationalResults`). Recording it is an annotation of the outcome, not part of the assessment, so unlike
// the archive rule for the assessment itself (services/archive.ts) it is allowed on CLOSED and ARCHIVED periods:
// national results arrive months after the period closed.
import type { PrismaClient } from '@inovda/db';
import {
  compareNationalResults,
  formatX100,
  maxMaturityX100,
  NATIONAL_OVERESTIMATE_TOLERANCE,
  scoreRegion,
  type Predicate,
} from '@inovda/domain';
import { AppError } from '../errors.ts';
import { assertSameRegion, type ScopeUser } from '../scope.ts';
import { loadEditionPack } from './edition-pack.ts';
import { loadPeriodWithPack } from './period-access.ts';

export const nationalResultSelect = {
  id: true,
  submissionId: true,
  maturityX100: true,
  note: true,
  version: true,
  updatedAt: true,
  recordedBy: { select: { name: true } },
} as const;

export const nationalPeriodResultSelect = {
  id: true,
  periodId: true,
  iidX100: true,
  predicate: true,
  sourceNote: true,
  version: true,
  updatedAt: true,
  recordedBy: { select: { name: true } },
} as const;

const sentSubmissionSelect = {
  id: true,
  claimedMaturityX100: true,
  verifiedMaturityX100: true,
  innovation: { select: { id: true, name: true, urusan: true, unit: { select: { name: true } } } },
  nationalResult: { select: nationalResultSelect },
} as const;

/**
 * A submission the user may annotate with its national score: in the user's region, SENT (only what reached
 * BSKDN has a national result), with its period's edition for the range check. The period may be closed.
 */
export async function loadSentSubmission(
  prisma: Pick<PrismaClient, 'submission' | 'customEdition'>,
  user: ScopeUser,
  submissionId: string,
): Promise<{ id: string; editionCode: string; maxX100: number }> {
  const submission = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      state: true,
      period: { select: { regionId: true, editionCode: true } },
    },
  });
  if (!submission) throw new AppError('NOT_FOUND', { entity: 'Submission', id: submissionId });
  assertSameRegion(user, submission.period.regionId);
  if (submission.state !== 'SENT') throw new AppError('NATIONAL.NOT_SENT', { state: submission.state });
  const pack = await loadEditionPack(prisma, submission.period.regionId, submission.period.editionCode);
  if (!pack)
    throw new Error(`submission ${submission.id} refers to unknown edition ${submission.period.editionCode}`);
  return { id: submission.id, editionCode: submission.period.editionCode, maxX100: maxMaturityX100(pack) };
}

/** Throws NATIONAL.MATURITY_OUT_OF_RANGE unless 0 <= value <= the edition's maximum maturity. */
export function assertMaturityInRange(valueX100: number, maxX100: number, editionCode: string): void {
  if (valueX100 < 0 || valueX100 > maxX100)
    throw new AppError('NATIONAL.MATURITY_OUT_OF_RANGE', {
      value: formatX100(valueX100),
      max: formatX100(maxX100),
      edition: editionCode,
    });
}

/**
 * Every SENT submission of a period with its claimed, verified and national maturity, the domain comparison,
 * and the region: the IID projected from the SENT submissions' verified maturities (and the period's SPD) next
 * to the national IID and predicate.
 */
export async function listNationalComparison(prisma: PrismaClient, user: ScopeUser, periodId: string) {
  const { period, pack } = await loadPeriodWithPack(prisma, user, periodId);
  const [submissions, spd, national] = await Promise.all([
    prisma.submission.findMany({
      where: { periodId: period.id, state: 'SENT' },
      select: sentSubmissionSelect,
      orderBy: [{ innovation: { name: 'asc' } }, { id: 'asc' }],
    }),
    prisma.spdAnswer.findMany({ where: { periodId: period.id }, select: { code: true, tier: true } }),
    prisma.nationalPeriodResult.findUnique({
      where: { periodId: period.id },
      select: nationalPeriodResultSelect,
    }),
  ]);
  const projected = scoreRegion(pack, {
    spd: Object.fromEntries(spd.map((row) => [row.code, row.tier])),
    innovations: submissions.map((s) => ({
      id: s.id,
      maturityX100: s.verifiedMaturityX100,
      urusan: s.innovation.urusan,
    })),
  });
  const comparison = compareNationalResults({
    items: submissions.map((s) => ({
      id: s.id,
      claimedX100: s.claimedMaturityX100,
      verifiedX100: s.verifiedMaturityX100,
      nationalX100: s.nationalResult?.maturityX100 ?? null,
    })),
    region: {
      projectedIidX100: projected.iidX100,
      projectedPredicate: projected.predicate,
      nationalIidX100: national?.iidX100 ?? null,
      nationalPredicate: (national?.predicate as Predicate | undefined) ?? null,
    },
  });
  // Always present: the region input is given above.
  const region = comparison.region;
  if (!region) throw new Error('compareNationalResults returned no region comparison');
  const byId = new Map(submissions.map((s) => [s.id, s]));
  return {
    period: {
      id: period.id,
      year: period.year,
      name: period.name,
      state: period.state,
      editionCode: period.editionCode,
    },
    maxMaturityX100: maxMaturityX100(pack),
    defaultToleranceX100: NATIONAL_OVERESTIMATE_TOLERANCE.value,
    items: comparison.rows.map((row) => {
      const s = byId.get(row.id);
      if (!s) throw new Error(`comparison row ${row.id} has no submission`);
      return {
        ...row,
        submissionId: s.id,
        innovationId: s.innovation.id,
        name: s.innovation.name,
        unitName: s.innovation.unit.name,
        national: s.nationalResult,
      };
    }),
    summary: comparison.summary,
    region: { ...region, projectedIid: projected.iid, national },
  };
}
