// The dashboard's data in ONE SQL statement (one round trip, one driver call): the period, every unit with
// its counts, the submissions grouped by urusan/state/send decision, the stalest open submissions, and the
// SPD tiers. It aggregates indexed columns and the submissions' cached maturities: no per-innovation
// scoring and no N+1. The benchmark runs this very statement as its raw-SQL baseline.
import { Prisma, type PrismaClient, type SubmissionState } from '@inovda/db';
import { CLAIMED_STATES, EDITABLE_STATES, VERIFIED_STATES } from '@inovda/domain';
import { submissionProfileColumnSql } from '../innovation-profile.ts';

// A past period counts and names its innovations as it assessed them (the snapshot kept at carry-over).
const URUSAN = submissionProfileColumnSql('urusan');
const NAME = submissionProfileColumnSql('name');

/** How many innovations at risk are listed (the total is always counted). */
const AT_RISK_LIMIT = 20;

interface UnitRow {
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

interface GroupRow {
  urusan: string;
  state: SubmissionState;
  includeInSend: boolean;
  count: number;
  sumClaimedX100: number;
  sumVerifiedX100: number;
}

interface AtRiskRow {
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

interface SpdRow {
  code: string;
  tier: number;
}

export interface PeriodRow {
  id: string;
  regionId: string;
  year: number;
  name: string;
  editionCode: string;
  internalDeadline: Date | null;
  nationalDeadline: Date | null;
  /** The region's IANA time zone, in whose calendar days the days left are counted. */
  timeZone: string;
}

export interface DashboardRows {
  units: UnitRow[];
  groups: GroupRow[];
  atRisk: AtRiskRow[];
  spd: SpdRow[];
}

/**
 * A state group of the domain as ONE text parameter: `s.state = ANY(${states(...)})`. A JavaScript array as the
 * parameter reaches the embedded database's adapter as "A,B,C", which PostgreSQL refuses as an array literal.
 */
const states = (group: readonly SubmissionState[]) =>
  Prisma.sql`string_to_array(${group.join(',')}, ',')::"SubmissionState"[]`;

/**
 * The statement. Units come first with no innovation (ORDER BY count, name); the Innovation join repeats the
 * region so its (regionId, unitId) index serves it; groups are at most urusan x 8 states x 2 rows.
 */
export function dashboardSql(periodId: string): Prisma.Sql {
  return Prisma.sql`
    WITH p AS (
      SELECT pe.id, pe."regionId", pe.year, pe.name, pe."editionCode", pe."internalDeadline", pe."nationalDeadline",
        r."timeZone"
      FROM "Period" pe JOIN "Region" r ON r.id = pe."regionId" WHERE pe.id = ${periodId}
    ),
    units AS (
      SELECT u.id, u.name, u.short, u.kind::text AS kind, u."parentId",
        COUNT(s.id)::int AS "submissionCount",
        COUNT(s.id) FILTER (WHERE s.state = ANY(${states(VERIFIED_STATES)}))::int AS "verifiedCount",
        COALESCE(SUM(s."verifiedMaturityX100") FILTER (WHERE s.state = ANY(${states(VERIFIED_STATES)})), 0)::int
          AS "sumVerifiedX100",
        COALESCE(SUM(s."claimedMaturityX100") FILTER (WHERE s.state = ANY(${states(CLAIMED_STATES)})), 0)::int
          AS "sumClaimedX100"
      FROM p
      JOIN "Unit" u ON u."regionId" = p."regionId" AND u.active
      LEFT JOIN "Innovation" i ON i."regionId" = p."regionId" AND i."unitId" = u.id
      LEFT JOIN "Submission" s ON s."innovationId" = i.id AND s."periodId" = p.id
      GROUP BY u.id
    ),
    groups AS (
      SELECT ${URUSAN} AS urusan, s.state::text AS state, s."includeInSend", COUNT(*)::int AS count,
        COALESCE(SUM(s."claimedMaturityX100"), 0)::int AS "sumClaimedX100",
        COALESCE(SUM(s."verifiedMaturityX100"), 0)::int AS "sumVerifiedX100"
      FROM "Submission" s JOIN "Innovation" i ON i.id = s."innovationId"
      WHERE s."periodId" = ${periodId}
      GROUP BY 1, s.state, s."includeInSend"
    ),
    risk AS (
      SELECT s.id AS "submissionId", i.id AS "innovationId", ${NAME} AS name, u.id AS "unitId", u.name AS "unitName",
        s.state::text AS state, s."claimedMaturityX100", s."updatedAt", COUNT(*) OVER ()::int AS total
      FROM "Submission" s
      JOIN "Innovation" i ON i.id = s."innovationId"
      JOIN "Unit" u ON u.id = i."unitId"
      WHERE s."periodId" = ${periodId} AND s.state = ANY(${states(EDITABLE_STATES)})
      ORDER BY s."updatedAt", s.id
      LIMIT ${AT_RISK_LIMIT}
    )
    SELECT
      (SELECT row_to_json(p) FROM p) AS period,
      COALESCE((SELECT json_agg(units ORDER BY units."submissionCount", units.name) FROM units), '[]'::json) AS units,
      COALESCE((SELECT json_agg(groups) FROM groups), '[]'::json) AS groups,
      COALESCE((SELECT json_agg(risk ORDER BY risk."updatedAt", risk."submissionId") FROM risk), '[]'::json) AS risk,
      COALESCE((SELECT json_agg(json_build_object('code', code, 'tier', tier)) FROM "SpdAnswer" WHERE "periodId" = ${periodId}),
        '[]'::json) AS spd`;
}

interface RawResult {
  period:
    | (Omit<PeriodRow, 'internalDeadline' | 'nationalDeadline'> & {
        internalDeadline: string | null;
        nationalDeadline: string | null;
      })
    | null;
  units: UnitRow[];
  groups: GroupRow[];
  risk: (Omit<AtRiskRow, 'updatedAt'> & { updatedAt: string })[];
  spd: SpdRow[];
}

const toDate = (value: string | null) =>
  value === null
    ? null
    : new Date(value.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);

/** Turns the statement's JSON columns into typed rows (timestamps are UTC without zone in JSON). */
function parseDashboardResult(raw: RawResult): { period: PeriodRow | null; rows: DashboardRows } {
  const period = raw.period
    ? {
        ...raw.period,
        internalDeadline: toDate(raw.period.internalDeadline),
        nationalDeadline: toDate(raw.period.nationalDeadline),
      }
    : null;
  return {
    period,
    rows: {
      units: raw.units,
      groups: raw.groups,
      atRisk: raw.risk.map((r) => ({ ...r, updatedAt: toDate(r.updatedAt) ?? new Date(0) })),
      spd: raw.spd,
    },
  };
}

export async function queryDashboard(prisma: Pick<PrismaClient, '$queryRaw'>, periodId: string) {
  const [raw] = await prisma.$queryRaw<RawResult[]>(dashboardSql(periodId));
  if (!raw) throw new Error('dashboard statement returned no row');
  return parseDashboardResult(raw);
}
