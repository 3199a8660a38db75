// A region's data version, read from the append-only audit log: every mutation writes its AuditEvent (with the
// region) in its own transaction, and the table rejects UPDATE and DELETE, so "no audit row of the region became
// visible since the stamp was read" means "no change of the region's data committed since then".
//
// Why not `max(id)` alone: ids come from a sequence when a row is INSERTED, not when it commits. Two
// transactions can take ids 100 and 101 and commit 101 first; a reader then sees max 101 without 100's
// change, and after 100 commits max is still 101, so a cache keyed on max(id) would stay stale for good.
// Instead the stamp fixes a point `since` (the database's clock, a margin before now) and counts the region's
// audit rows at or after it. `at` defaults to the writing transaction's start, so a commit after the stamp adds
// a row with `at >= since` (the count changes) unless its transaction ran longer than the margin. Audit-writing
// transactions are Prisma interactive transactions (5 s timeout), far below the margin. `at` and `since` are
// local timestamps of the database, so its TimeZone must not step back (UTC, as Prisma expects, or WIB). The
// count reads the `(regionId, at)` index over the margin's rows only.
import { fastSqlOf, Prisma, type PrismaClient } from '@inovda/db';

/** Longer than any transaction that writes an audit row may run. */
const STAMP_MARGIN_MINUTES = 15;

export interface RegionStamp {
  /** The database's local timestamp (same type and zone as `AuditEvent.at`), as text. */
  since: string;
  count: number;
}

type Raw = Pick<PrismaClient, '$queryRaw'>;

/** Reads a stamp; read it BEFORE the data it versions, so a change in between only makes the entry stale. */
export async function readRegionStamp(prisma: Raw, regionId: string): Promise<RegionStamp> {
  const [row] = await prisma.$queryRaw<RegionStamp[]>(Prisma.sql`
    SELECT s.since::text AS since,
      (SELECT COUNT(*)::int FROM "AuditEvent" a WHERE a."regionId" = ${regionId} AND a.at >= s.since) AS count
    FROM (SELECT LOCALTIMESTAMP(3) - make_interval(mins => ${STAMP_MARGIN_MINUTES}) AS since) s`);
  if (!row) throw new Error('region stamp statement returned no row');
  return row;
}

// The check runs on every cached read, on `fastSqlOf` (no Prisma pipeline); nothing is cached.
const STAMP_COUNT_SQL = `
  SELECT COUNT(*)::int AS count FROM "AuditEvent" WHERE "regionId" = $1 AND at >= $2::timestamp(3)`;

/** True when no audit row of the region committed since `stamp` was read. */
export async function isRegionStampCurrent(
  prisma: PrismaClient,
  regionId: string,
  stamp: RegionStamp,
): Promise<boolean> {
  const [row] = await fastSqlOf(prisma)<{ count: number }>(STAMP_COUNT_SQL, [regionId, stamp.since]);
  return row?.count === stamp.count;
}
