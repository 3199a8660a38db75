-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "profileSnapshot" JSONB;

-- CreateIndex
CREATE INDEX "Submission_carriedFromId_idx" ON "Submission"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;
