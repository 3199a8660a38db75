// Login throttling from the LoginAttempt table: per account (failures since its last success) and per
// address, both over a sliding window. Works across API replicas because the state is in the database.
import type { PrismaClient } from '@inovda/db';

export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

/** When the lock ends: the `limit`-th most recent failure leaving the window drops the count below the limit. */
function lockEndsAt(failures: { createdAt: Date }[], limit: number): number | null {
  const pivot = failures[limit - 1];
  return failures.length >= limit && pivot
    ? pivot.createdAt.getTime() + THROTTLE.windowMinutes * 60_000
    : null;
}

/** Minutes until a new attempt is allowed (rounded up, at least 1), or null when not throttled. */
export async function getThrottleMinutes(
  prisma: PrismaClient,
  input: { email: string; ip: string; now: Date },
): Promise<number | null> {
  const windowStart = new Date(input.now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email: input.email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const accountSince =
    lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    prisma.loginAttempt.findMany({
      where: { email: input.email, success: false, createdAt: { gte: accountSince } },
      orderBy: { createdAt: 'desc' },
      take: THROTTLE.perAccount,
      select: { createdAt: true },
    }),
    prisma.loginAttempt.findMany({
      where: { ip: input.ip, success: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: 'desc' },
      take: THROTTLE.perAddress,
      select: { createdAt: true },
    }),
  ]);
  const ends = [
    lockEndsAt(accountFailures, THROTTLE.perAccount),
    lockEndsAt(addressFailures, THROTTLE.perAddress),
  ];
  const until = Math.max(...ends.map((end) => end ?? 0));
  if (until <= input.now.getTime()) return null;
  return Math.max(1, Math.ceil((until - input.now.getTime()) / 60_000));
}

export async function recordLoginAttempt(
  prisma: PrismaClient,
  input: { email: string; ip: string; success: boolean; now: Date },
): Promise<void> {
  await prisma.loginAttempt.create({
    data: { email: input.email, ip: input.ip, success: input.success, createdAt: input.now },
  });
}

/** Attempts older than a day no longer matter for any window. */
export async function purgeOldLoginAttempts(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
  return count;
}
