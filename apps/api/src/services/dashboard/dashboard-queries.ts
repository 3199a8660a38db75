// The dashboard's aggregates as four SQL statements over indexed columns and the submissions' cached
// maturities: no per-innovation scoring and no N+1. Shared by `dashboard.summary` and the benchmark, which
// runs the very same statements as its raw-SQL baseline.
import { Prisma, type PrismaClient, type SubmissionState } from '@inovda/db';

/** How many innovations at risk are listed (the total is always counted). */
export const AT_RISK_LIMIT = 20;
/** States still in the OPD's hands: at risk as the deadline approaches. */
export const OPEN_STATES: readonly SubmissionState[] = ['DRAFT', 'RETURNED'];

export interface UnitRow {
  id: string;
  name: string;
  short: string;
  kind: string;
  parentId: string | null;
  submissionCount: number;
  verifiedCount: number;
  sumVerifiedX100: number;
  sumClaimedX100: number;
}

export interface GroupRow {
  urusan: string;
  state: SubmissionState;
  includeInSend: boolean;
  count: number;
  sumClaimedX100: number;
  sumVerifiedX100: number;
}

export interface AtRiskRow {
  submissionId: string;
  innovationId: string;
  name: string;
  unitId: string;
  unitName: string;
  state: SubmissionState;
  claimedMaturityX100: number;
  updatedAt: Date;
  total: number;
}

export interface SpdRow {
  code: string;
  tier: number;
}

/** Every active unit of the region with its submissions in the period and their summed maturities. */
export function unitsSql(regionId: string, periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT u.id, u.name, u.short, u.kind::text AS kind, u."parentId",
      COUNT(s.id)::int AS "submissionCount",
      COUNT(s.id) FILTER (WHERE s.state IN ('VERIFIED', 'READY_TO_SEND', 'SENT'))::int AS "verifiedCount",
      COALESCE(SUM(s."verifiedMaturityX100") FILTER (WHERE s.state IN ('VERIFIED', 'READY_TO_SEND', 'SENT')), 0)::int
        AS "sumVerifiedX100",
      COALESCE(SUM(s."claimedMaturityX100") FILTER (WHERE s.state <> 'REJECTED'), 0)::int AS "sumClaimedX100"
    FROM "Unit" u
    LEFT JOIN "Innovation" i ON i."unitId" = u.id
    LEFT JOIN "Submission" s ON s."innovationId" = i.id AND s."periodId" = ${periodId}
    WHERE u."regionId" = ${regionId} AND u.active
    GROUP BY u.id
    ORDER BY COUNT(s.id), u.name`;
}

/** Submissions of the period grouped by urusan, state and send decision (at most urusan x 8 x 2 rows). */
export function groupsSql(periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT i.urusan, s.state::text AS state, s."includeInSend",
      COUNT(*)::int AS count,
      COALESCE(SUM(s."claimedMaturityX100"), 0)::int AS "sumClaimedX100",
      COALESCE(SUM(s."verifiedMaturityX100"), 0)::int AS "sumVerifiedX100"
    FROM "Submission" s
    JOIN "Innovation" i ON i.id = s."innovationId"
    WHERE s."periodId" = ${periodId}
    GROUP BY i.urusan, s.state, s."includeInSend"`;
}

/** Submissions still with the OPD (draft or returned), stalest first, with the total count. */
export function atRiskSql(periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id AS "submissionId", i.id AS "innovationId", i.name, u.id AS "unitId", u.name AS "unitName",
      s.state::text AS state, s."claimedMaturityX100", s."updatedAt", COUNT(*) OVER ()::int AS total
    FROM "Submission" s
    JOIN "Innovation" i ON i.id = s."innovationId"
    JOIN "Unit" u ON u.id = i."unitId"
    WHERE s."periodId" = ${periodId} AND s.state IN ('DRAFT', 'RETURNED')
    ORDER BY s."updatedAt", s.id
    LIMIT ${AT_RISK_LIMIT}`;
}

export function spdSql(periodId: string): Prisma.Sql {
  return Prisma.sql`SELECT code, tier FROM "SpdAnswer" WHERE "periodId" = ${periodId}`;
}

export interface DashboardRows {
  units: UnitRow[];
  groups: GroupRow[];
  atRisk: AtRiskRow[];
  spd: SpdRow[];
}

/** Runs the four statements (concurrently where the driver allows). */
export async function queryDashboardRows(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  regionId: string,
  periodId: string,
): Promise<DashboardRows> {
  const [units, groups, atRisk, spd] = await Promise.all([
    prisma.$queryRaw<UnitRow[]>(unitsSql(regionId, periodId)),
    prisma.$queryRaw<GroupRow[]>(groupsSql(periodId)),
    prisma.$queryRaw<AtRiskRow[]>(atRiskSql(periodId)),
    prisma.$queryRaw<SpdRow[]>(spdSql(periodId)),
  ]);
  return { units, groups, atRisk, spd };
}
