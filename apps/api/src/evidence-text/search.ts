// Full-text search over the read pages of a region's evidence (PostgreSQL's tsvector, 'simple' configuration so
// Indonesian words are matched as written; the same on PGlite).
import type { PrismaClient } from '@inovda/db';

export interface EvidenceTextHit {
  evidenceId: string;
  originalName: string;
  page: number;
  snippet: string;
}

/** Pages of the region's evidence files whose text matches all words of `query`, best first. */
export async function searchEvidenceText(
  prisma: PrismaClient,
  regionId: string,
  query: string,
  limit = 20,
): Promise<EvidenceTextHit[]> {
  return prisma.$queryRaw<EvidenceTextHit[]>`
    SELECT f."id" AS "evidenceId", f."originalName", p."page",
           ts_headline('simple', p."text", plainto_tsquery('simple', ${query}), 'MaxWords=20, MinWords=8') AS "snippet"
    FROM "EvidenceTextPage" p
    JOIN "EvidenceFile" f ON f."sha256" = p."sha256" AND f."regionId" = ${regionId}
    WHERE p."search" @@ plainto_tsquery('simple', ${query})
    ORDER BY ts_rank(p."search", plainto_tsquery('simple', ${query})) DESC, f."id", p."page"
    LIMIT ${limit}`;
}
