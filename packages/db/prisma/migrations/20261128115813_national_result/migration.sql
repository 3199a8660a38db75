-- CreateTable
CREATE TABLE "NationalResult" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "maturityX100" INTEGER NOT NULL,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalPeriodResult" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "iidX100" INTEGER NOT NULL,
    "predicate" TEXT NOT NULL,
    "sourceNote" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalPeriodResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NationalResult_submissionId_key" ON "NationalResult"("submissionId");

-- CreateIndex
CREATE INDEX "NationalResult_recordedById_idx" ON "NationalResult"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "NationalPeriodResult_periodId_key" ON "NationalPeriodResult"("periodId");

-- CreateIndex
CREATE INDEX "NationalPeriodResult_recordedById_idx" ON "NationalPeriodResult"("recordedById");

-- AddForeignKey
ALTER TABLE "NationalResult" ADD CONSTRAINT "NationalResult_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalResult" ADD CONSTRAINT "NationalResult_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalPeriodResult" ADD CONSTRAINT "NationalPeriodResult_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalPeriodResult" ADD CONSTRAINT "NationalPeriodResult_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
