-- CreateEnum
CREATE TYPE "IndicatorNoteKind" AS ENUM ('VERDICT', 'REPLY');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailSentAt" TIMESTAMP(3),
ADD COLUMN     "emailStatus" "ReminderEmailStatus";

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "submitCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailWorkflow" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "IndicatorNote" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "authorId" TEXT,
    "kind" "IndicatorNoteKind" NOT NULL,
    "verdict" "Verdict",
    "verifiedTier" INTEGER,
    "text" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorNote_submissionId_code_createdAt_idx" ON "IndicatorNote"("submissionId", "code", "createdAt");

-- AddForeignKey
ALTER TABLE "IndicatorNote" ADD CONSTRAINT "IndicatorNote_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorNote" ADD CONSTRAINT "IndicatorNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: the verdicts standing today become the first entries of their indicator's history.
INSERT INTO "IndicatorNote" ("id", "submissionId", "code", "authorId", "kind", "verdict", "verifiedTier", "text", "createdAt")
SELECT 'bf' || md5(a."id"), a."submissionId", a."code", u."id", 'VERDICT', a."verdict", a."verifiedTier", a."verifierNote",
       COALESCE(a."verifiedAt", a."updatedAt")
FROM "IndicatorAnswer" a
LEFT JOIN "User" u ON u."id" = a."verifiedById"
WHERE a."verdict" <> 'PENDING';

-- Backfill: how many times each submission was submitted, from the audit trail.
UPDATE "Submission" s SET "submitCount" = c.n
FROM (SELECT "entityId", COUNT(*)::int AS n FROM "AuditEvent"
      WHERE "entity" = 'Submission' AND "action" = 'submission.submit' GROUP BY "entityId") c
WHERE c."entityId" = s."id";
