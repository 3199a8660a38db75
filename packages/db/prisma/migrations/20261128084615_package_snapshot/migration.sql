-- CreateTable
CREATE TABLE "PackageSnapshot" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "manifest" JSONB NOT NULL,
    "manifestSha256" TEXT NOT NULL,
    "verifiedIidX100" INTEGER NOT NULL,
    "verifiedPredicate" TEXT NOT NULL,
    "claimedIidX100" INTEGER NOT NULL,
    "claimedPredicate" TEXT NOT NULL,
    "frozenById" TEXT NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,

    CONSTRAINT "PackageSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PackageSnapshotItem" (
    "snapshotId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "innovationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "state" "SubmissionState" NOT NULL,
    "submissionVersion" INTEGER NOT NULL,
    "claimedMaturityX100" INTEGER NOT NULL,
    "verifiedMaturityX100" INTEGER NOT NULL,

    CONSTRAINT "PackageSnapshotItem_pkey" PRIMARY KEY ("snapshotId","submissionId")
);

-- CreateIndex
CREATE INDEX "PackageSnapshot_regionId_frozenAt_idx" ON "PackageSnapshot"("regionId", "frozenAt");

-- CreateIndex
CREATE UNIQUE INDEX "PackageSnapshot_periodId_sequence_key" ON "PackageSnapshot"("periodId", "sequence");

-- CreateIndex
CREATE INDEX "PackageSnapshotItem_submissionId_idx" ON "PackageSnapshotItem"("submissionId");

-- AddForeignKey
ALTER TABLE "PackageSnapshot" ADD CONSTRAINT "PackageSnapshot_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageSnapshot" ADD CONSTRAINT "PackageSnapshot_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageSnapshot" ADD CONSTRAINT "PackageSnapshot_frozenById_fkey" FOREIGN KEY ("frozenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageSnapshot" ADD CONSTRAINT "PackageSnapshot_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageSnapshotItem" ADD CONSTRAINT "PackageSnapshotItem_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "PackageSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageSnapshotItem" ADD CONSTRAINT "PackageSnapshotItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
