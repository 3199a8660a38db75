-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "firstAttachedAt" TIMESTAMP(3);
