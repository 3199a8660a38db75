// Assembles `dashboard.summary` from the SQL aggregates. The region projection comes from the domain's
// `scoreRegionTotals` over (n, sum of cached maturities, yandas covered), exactly what `scoreRegion` computes
// from the individual innovations, without loading them.
import { SubmissionState } from '@inovda/db';
import {
  calendarDaysUntil,
  CLAIMED_STATES,
  compileEdition,
  getUrusan,
  isStateIn,
  listYandasCovered,
  nextLocalDayStart,
  scoreRegionTotals,
  scoreSpd,
  YANDAS_URUSAN,
  type RegionScore,
  type TEditionPack,
  VERIFIED_STATES,
} from '@inovda/domain';
import type { DashboardRows } from './dashboard-queries.ts';

export interface PeriodInfo {
  id: string;
  year: number;
  name: string;
  editionCode: string;
  internalDeadline: Date | null;
  nationalDeadline: Date | null;
}

/** The projection without its exact rationals (their texts carry the same values, rounded half-up). */
export function projection(score: RegionScore) {
  return {
    iidX100: score.iidX100,
    iid: score.iid,
    predicate: score.predicate,
    spdX100: score.spdX100,
    innovationCount: score.innovationCount,
    divisor: score.divisor,
    sumMaturityX100: score.sumMaturityX100,
    averageMaturity: score.averageMaturityText,
    yandasCovered: score.yandasCovered,
    countScoreX100: score.countScoreX100,
    sid: score.sidText,
    total: score.totalText,
  };
}

/** Calendar days left in the region's zone, as the reminders count them (the domain's `calendarDaysUntil`). */
function daysUntil(deadline: Date | null, now: Date, timeZone: string): number | null {
  return deadline ? calendarDaysUntil(deadline, now, timeZone) : null;
}

/**
 * The first instant after `now` at which the summary's clock-dependent fields (days left to each deadline,
 * the internal deadline having passed) take another value; until then a summary built at `now` stays exact.
 * Days left drop at each local midnight of `timeZone`; `deadlinePassed` turns true just after the internal
 * deadline.
 */
export function summaryValidUntil(
  period: Pick<PeriodInfo, 'internalDeadline' | 'nationalDeadline'>,
  now: Date,
  timeZone: string,
): number {
  const t = now.getTime();
  let until = Number.POSITIVE_INFINITY;
  if (period.internalDeadline || period.nationalDeadline) until = nextLocalDayStart(now, timeZone);
  const internal = period.internalDeadline?.getTime();
  if (internal !== undefined && internal >= t) until = Math.min(until, internal + 1);
  return until;
}

/**
 * The summary of a period at `now`; `timeZone` is the region's (IANA), in whose calendar days the days left
 * are counted.
 */
export function buildDashboardSummary(
  pack: TEditionPack,
  period: PeriodInfo,
  rows: DashboardRows,
  now: Date,
  timeZone: string,
) {
  const compiled = compileEdition(pack);
  const spdX100 = scoreSpd(pack, Object.fromEntries(rows.spd.map((r) => [r.code, r.tier]))).spdX100;
  const pipeline = Object.fromEntries(Object.values(SubmissionState).map((s) => [s, 0])) as Record<
    SubmissionState,
    number
  >;
  const claimed = { n: 0, sum: 0, urusan: new Map<string, number>() };
  const verified = { n: 0, sum: 0, urusan: new Map<string, number>() };
  for (const g of rows.groups) {
    pipeline[g.state] += g.count;
    if (!g.includeInSend) continue;
    // Claimed projection: everything the units claim except rejected submissions.
    if (isStateIn(CLAIMED_STATES, g.state)) {
      claimed.n += g.count;
      claimed.sum += g.sumClaimedX100;
      claimed.urusan.set(g.urusan, (claimed.urusan.get(g.urusan) ?? 0) + g.count);
    }
    if (isStateIn(VERIFIED_STATES, g.state)) {
      verified.n += g.count;
      verified.sum += g.sumVerifiedX100;
      verified.urusan.set(g.urusan, (verified.urusan.get(g.urusan) ?? 0) + g.count);
    }
  }
  const score = (set: typeof claimed) =>
    projection(
      scoreRegionTotals(compiled, {
        spdX100,
        innovationCount: set.n,
        sumMaturityX100: set.sum,
        yandasCovered: listYandasCovered(set.urusan.keys()).length,
      }),
    );
  const withSubmissions = rows.units.filter((u) => u.submissionCount > 0);
  const deadline = period.internalDeadline;
  return {
    period: {
      ...period,
      daysLeft: daysUntil(deadline, now, timeZone),
      nationalDaysLeft: daysUntil(period.nationalDeadline, now, timeZone),
    },
    projection: { claimed: score(claimed), verified: score(verified) },
    pipeline,
    coverage: {
      unitCount: rows.units.length,
      unitsWithoutInnovation: rows.units.length - withSubmissions.length,
      // Units without an innovation come first (the SQL orders by count, then name).
      units: rows.units.map((u) => ({
        id: u.id,
        name: u.name,
        short: u.short,
        kind: u.kind,
        parentId: u.parentId,
        innovationCount: u.submissionCount,
      })),
    },
    yandas: {
      required: compiled.yandasMin,
      coveredClaimed: listYandasCovered(claimed.urusan.keys()).length,
      coveredVerified: listYandasCovered(verified.urusan.keys()).length,
      urusan: YANDAS_URUSAN.map((slug) => ({
        slug,
        label: getUrusan(slug)?.label ?? slug,
        claimedCount: claimed.urusan.get(slug) ?? 0,
        verifiedCount: verified.urusan.get(slug) ?? 0,
      })),
    },
    ranking: withSubmissions
      .map((u) => ({
        unitId: u.id,
        name: u.name,
        innovationCount: u.submissionCount,
        verifiedCount: u.verifiedCount,
        sumVerifiedX100: u.sumVerifiedX100,
        sumClaimedX100: u.sumClaimedX100,
      }))
      .sort(
        (a, b) =>
          b.sumVerifiedX100 - a.sumVerifiedX100 ||
          b.sumClaimedX100 - a.sumClaimedX100 ||
          a.name.localeCompare(b.name),
      ),
    atRisk: {
      total: rows.atRisk[0]?.total ?? 0,
      deadlinePassed: deadline !== null && deadline.getTime() < now.getTime(),
      items: rows.atRisk.map(({ total: _total, ...item }) => item),
    },
  };
}

export type DashboardSummary = ReturnType<typeof buildDashboardSummary>;
