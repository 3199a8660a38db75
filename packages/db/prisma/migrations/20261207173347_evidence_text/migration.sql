-- CreateEnum
CREATE TYPE "EvidenceTextStatus" AS ENUM ('WAITING', 'READ', 'UNREADABLE', 'FAILED');

-- CreateTable
CREATE TABLE "EvidenceText" (
    "sha256" TEXT NOT NULL,
    "status" "EvidenceTextStatus" NOT NULL DEFAULT 'WAITING',
    "pageCount" INTEGER,
    "truncated" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "readMs" INTEGER,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceText_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "EvidenceTextPage" (
    "sha256" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "confidence" INTEGER,
    "text" TEXT NOT NULL,
    "search" tsvector,

    CONSTRAINT "EvidenceTextPage_pkey" PRIMARY KEY ("sha256","page")
);

-- CreateIndex
CREATE INDEX "EvidenceText_status_idx" ON "EvidenceText"("status");

-- CreateIndex
CREATE INDEX "EvidenceTextPage_search_idx" ON "EvidenceTextPage" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "EvidenceTextPage" ADD CONSTRAINT "EvidenceTextPage_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "EvidenceText"("sha256") ON DELETE CASCADE ON UPDATE CASCADE;
