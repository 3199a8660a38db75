-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
