-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('UNITS', 'USERS', 'INNOVATIONS');

-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('XLSX', 'CSV');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ImportFile" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportFile_regionId_createdAt_idx" ON "ImportFile"("regionId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportFile_ownerId_idx" ON "ImportFile"("ownerId");

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
