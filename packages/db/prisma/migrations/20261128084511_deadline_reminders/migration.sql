-- CreateEnum
CREATE TYPE "ReminderDeadline" AS ENUM ('INTERNAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "ReminderMilestone" AS ENUM ('D7', 'D3', 'D1', 'OVERDUE');

-- CreateEnum
CREATE TYPE "ReminderAudience" AS ENUM ('OPERATOR', 'VERIFIER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ReminderEmailStatus" AS ENUM ('SKIPPED', 'QUEUED', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailReminders" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "deadline" "ReminderDeadline" NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "milestone" "ReminderMilestone" NOT NULL,
    "audience" "ReminderAudience" NOT NULL,
    "data" JSONB NOT NULL,
    "emailStatus" "ReminderEmailStatus" NOT NULL,
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    "emailError" TEXT,
    "emailSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeadlineReminder_periodId_idx" ON "DeadlineReminder"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineReminder_userId_periodId_deadline_deadlineAt_milest_key" ON "DeadlineReminder"("userId", "periodId", "deadline", "deadlineAt", "milestone", "audience");

-- AddForeignKey
ALTER TABLE "DeadlineReminder" ADD CONSTRAINT "DeadlineReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineReminder" ADD CONSTRAINT "DeadlineReminder_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;
