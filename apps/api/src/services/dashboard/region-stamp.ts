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
import DataLoader from 'dataloader';

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

// The checks of requests that arrive together go out as one statement (one count per distinct stamp); each
// batch starts after its requests arrived, so it sees every commit that preceded them. Nothing is cached.
const STAMP_COUNTS_SQL = `
  SELECT (SELECT COUNT(*)::int FROM "AuditEvent" a WHERE a."regionId" = k.r AND a.at >= k.s::timestamp(3)) AS count
  FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(r, s, i)
  ORDER BY k.i`;

const stampLoaders = new WeakMap<PrismaClient, DataLoader<string, number>>();

function stampLoaderOf(prisma: PrismaClient): DataLoader<string, number> {
  let loader = stampLoaders.get(prisma);
  if (!loader) {
    const sql = fastSqlOf(prisma);
    loader = new DataLoader(
      async (keys) => {
        // Within one batch, the same (region, since) is counted once.
        const distinct = [...new Set(keys)];
        const pairs = distinct.map((key) => key.split('\u0000') as [string, string]);
        const rows = await sql<{ count: number }>(STAMP_COUNTS_SQL, [
          pairs.map(([regionId]) => regionId),
          pairs.map(([, since]) => since),
        ]);
        const counts = new Map(distinct.map((key, i) => [key, rows[i]?.count ?? -1]));
        return keys.map((key) => counts.get(key) ?? -1);
      },
      { cache: false, maxBatchSize: 200 },
    );
    stampLoaders.set(prisma, loader);
  }
  return loader;
}

/** True when no audit row of the region committed since `stamp` was read. */
export async function isRegionStampCurrent(
  prisma: PrismaClient,
  regionId: string,
  stamp: RegionStamp,
): Promise<boolean> {
  return (await stampLoaderOf(prisma).load(`${regionId}\u0000${stamp.since}`)) === stamp.count;
}
