// Year-to-year carry-over: which innovations of a past (closed or archived) period may go into a later open
// period, with the domain's verdict per innovation (`decideCarryOver`: the two-year rule, the submission limit,
// the development note). Loading and deciding live here; `carry-over-write.ts` persists.
import type { PeriodState, PrismaClient } from '@inovda/db';
import { decideCarryOver, type CarryOverDecision, type TEditionPack } from '@inovda/domain';
import { AppError } from '../errors.ts';
import { collectSubtree, listScopeUnitIds, type ScopeUser } from '../scope.ts';
import { isArchivedPeriod } from './archive.ts';
import { innovationColumnsSelect, joinProfile } from './innovation-profile.ts';
import { loadPeriodWithPack } from './period-access.ts';

/** Period states that accept new submissions (as innovation.create). */
const TARGET_STATES: ReadonlySet<PeriodState> = new Set<PeriodState>(['PLANNING', 'OPEN']);

type Period = Awaited<ReturnType<typeof loadPeriodWithPack>>['period'];

export interface CarryPeriods {
  source: Period;
  target: Period;
  targetPack: TEditionPack;
}

/**
 * Both periods of the user's region; the source must be a past period (CLOSED or ARCHIVED), the target a
 * later one that takes new submissions (PLANNING or OPEN).
 */
export async function loadCarryPeriods(
  prisma: PrismaClient,
  user: ScopeUser,
  sourcePeriodId: string,
  targetPeriodId: string,
): Promise<CarryPeriods> {
  const { period: source } = await loadPeriodWithPack(prisma, user, sourcePeriodId);
  const { period: target, pack: targetPack } = await loadPeriodWithPack(prisma, user, targetPeriodId);
  if (target.year <= source.year)
    throw new AppError('CARRY.TARGET_NOT_LATER', { sourceYear: source.year, targetYear: target.year });
  if (!isArchivedPeriod(source.state))
    throw new AppError('CARRY.SOURCE_NOT_CLOSED', { year: source.year, state: source.state });
  if (!TARGET_STATES.has(target.state))
    throw new AppError('CARRY.TARGET_NOT_OPEN', { year: target.year, state: target.state });
  return { source, target, targetPack };
}

/** Which source submissions to consider: the user's scope, narrowed to a unit subtree or to given innovations. */
export interface CandidateFilter {
  unitId?: string;
  innovationIds?: readonly string[];
}

async function unitIdsFor(prisma: PrismaClient, user: ScopeUser, unitId: string | undefined) {
  const scope = await listScopeUnitIds(prisma, user);
  if (!unitId) return scope;
  if (!scope.includes(unitId)) throw new AppError('SCOPE.OUT_OF_SCOPE', { unitId });
  const units = await prisma.unit.findMany({
    where: { regionId: user.regionId },
    select: { id: true, parentId: true },
  });
  const allowed = new Set(scope);
  return collectSubtree(units, unitId).filter((id) => allowed.has(id));
}

const candidateSelect = {
  id: true,
  state: true,
  claimedMaturityX100: true,
  verifiedMaturityX100: true,
  developmentNote: true,
  profileSnapshot: true,
  innovation: {
    select: {
      id: true,
      regionId: true,
      unit: { select: { id: true, name: true, short: true } },
      ...innovationColumnsSelect,
      submissions: { select: { id: true, periodId: true, period: { select: { year: true } } } },
    },
  },
} as const;

/**
 * The source period's submissions in scope, each with the domain's decision for the target period. Earlier
 * participations are the innovation's submissions in periods before the target year (the source included).
 * Innovations named in `filter.innovationIds` but not in the source period, or out of scope, are refused.
 */
export async function listCarryCandidates(
  prisma: PrismaClient,
  user: ScopeUser,
  periods: CarryPeriods,
  filter: CandidateFilter = {},
) {
  const { source, target, targetPack } = periods;
  const unitIds = await unitIdsFor(prisma, user, filter.unitId);
  const ids = filter.innovationIds ? [...new Set(filter.innovationIds)] : undefined;
  const rows = await prisma.submission.findMany({
    where: {
      periodId: source.id,
      innovation: { regionId: user.regionId, ...(ids ? { id: { in: ids } } : { unitId: { in: unitIds } }) },
    },
    select: candidateSelect,
    orderBy: [{ innovation: { name: 'asc' } }, { id: 'asc' }],
  });
  if (ids) {
    const found = new Map(rows.map((row) => [row.innovation.id, row]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new AppError('CARRY.NOT_IN_SOURCE', { id: missing, sourceYear: source.year });
    const outside = rows.find((row) => !unitIds.includes(row.innovation.unitId));
    if (outside) throw new AppError('SCOPE.OUT_OF_SCOPE', { unitId: outside.innovation.unitId });
  }
  return rows.map((row) => {
    const { submissions, ...innovation } = row.innovation;
    const profile = joinProfile(innovation);
    const existing = submissions.find((s) => s.periodId === target.id) ?? null;
    const decision: CarryOverDecision = decideCarryOver(targetPack, {
      sourceYear: source.year,
      targetYear: target.year,
      profile,
      previousSubmissions: submissions.filter((s) => s.period.year < target.year).length,
      alreadyInTarget: existing !== null,
    });
    return { source: row, innovation, profile, decision, targetSubmissionId: existing?.id ?? null };
  });
}

export type CarryCandidate = Awaited<ReturnType<typeof listCarryCandidates>>[number];
