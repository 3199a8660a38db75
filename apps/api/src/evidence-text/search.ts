// Full-text search over the read pages of a region's evidence (PostgreSQL's tsvector, 'simple' configuration so
// Indonesian words are matched as written; the same on PGlite).
import { Prisma, type PrismaClient } from '@inovda/db';
import { UPLOAD_AUDIT_ACTIONS } from '../services/evidence-access.ts';

export interface EvidenceTextHit {
  evidenceId: string;
  originalName: string;
  page: number;
  /** Plain text around the matched words (no markup: the screen marks the words itself). */
  snippet: string;
}

/**
 * Whose files an OPERATOR may search: those linked to an answer of its units, those it uploaded (the row's
 * uploader or, for identical content, its upload audit), as `canReachEvidence` decides for one file.
 */
export interface EvidenceSearchScope {
  userId: string;
  unitIds: readonly string[];
}

/**
 * Pages of the region's evidence files whose text matches all words of `query`, best first. `scope` null means
 * the whole region (ADMIN, VERIFIER, VIEWER).
 */
export async function searchEvidenceText(
  prisma: PrismaClient,
  regionId: string,
  query: string,
  limit = 20,
  scope: EvidenceSearchScope | null = null,
): Promise<EvidenceTextHit[]> {
  const reach = scope
    ? Prisma.sql`AND (f."uploadedById" = ${scope.userId}
        OR EXISTS (SELECT 1 FROM "AnswerEvidence" l
                     JOIN "IndicatorAnswer" a ON a.id = l."answerId"
                     JOIN "Submission" s ON s.id = a."submissionId"
                     JOIN "Innovation" i ON i.id = s."innovationId"
                    WHERE l."evidenceId" = f.id AND i."unitId" = ANY(${[...scope.unitIds]}::text[]))
        OR EXISTS (SELECT 1 FROM "AuditEvent" e
                    WHERE e.entity = 'EvidenceFile' AND e."entityId" = f.id AND e."actorId" = ${scope.userId}
                      AND e.action = ANY(${[...UPLOAD_AUDIT_ACTIONS]}::text[])))`
    : Prisma.empty;
  return prisma.$queryRaw<EvidenceTextHit[]>`
    SELECT f."id" AS "evidenceId", f."originalName", p."page",
           ts_headline('simple', p."text", plainto_tsquery('simple', ${query}),
                       'MaxWords=20, MinWords=8, StartSel="", StopSel=""') AS "snippet"
    FROM "EvidenceTextPage" p
    JOIN "EvidenceFile" f ON f."sha256" = p."sha256" AND f."regionId" = ${regionId}
    WHERE p."search" @@ plainto_tsquery('simple', ${query}) ${reach}
    ORDER BY ts_rank(p."search", plainto_tsquery('simple', ${query})) DESC, f."id", p."page"
    LIMIT ${limit}`;
}
