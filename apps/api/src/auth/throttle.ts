// Login throttling from the LoginAttempt table, over a sliding window. The state is in the database, so it works
// across API replicas. Three rules:
// - account + address: 5 failures of one account from one address (since the account's last success) lock that
//   pair until the oldest of them leaves the window;
// - address: 20 failures from one address, any accounts, lock the address the same way;
// - account from anywhere: from the 5th failure since the last success on, each further attempt waits a growing
//   delay after the latest failure (1, 2, 4 ... minutes, at most the window). Addresses the account signed in from
//   successfully (within KNOWN_ADDRESS_DAYS) skip this rule, so a stranger cannot lock the owner out.
// An attempt is claimed (checked and recorded as a failure) under advisory locks on the account and the address
// before the password is verified, so parallel or batched requests are counted exactly like sequential ones.
import type { Prisma, PrismaClient } from '@inovda/db';
import { AppError } from '../errors.ts';

export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;
/** How long a successful sign-in makes its address "known" for the account (and is kept in the table). */
const KNOWN_ADDRESS_DAYS = 30;

type Db = PrismaClient | Prisma.TransactionClient;

/** When the lock ends: the `limit`-th most recent failure leaving the window drops the count below the limit. */
function lockEndsAt(failures: { createdAt: Date }[], limit: number): number | null {
  const pivot = failures[limit - 1];
  return failures.length >= limit && pivot
    ? pivot.createdAt.getTime() + THROTTLE.windowMinutes * 60_000
    : null;
}

/** The progressive account delay: none below the limit, then 1, 2, 4 ... minutes after the latest failure. */
function delayEndsAt(failures: { createdAt: Date }[]): number | null {
  const latest = failures[0];
  if (!latest || failures.length < THROTTLE.perAccount) return null;
  const minutes = Math.min(2 ** (failures.length - THROTTLE.perAccount), THROTTLE.windowMinutes);
  return latest.createdAt.getTime() + minutes * 60_000;
}

/** Minutes until a new attempt is allowed (rounded up, at least 1), or null when not throttled. */
async function getThrottleMinutes(
  prisma: Db,
  input: { email: string; ip: string; now: Date },
): Promise<number | null> {
  const windowStart = new Date(input.now.getTime() - THROTTLE.windowMinutes * 60_000);
  const knownSince = new Date(input.now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const [lastSuccess, known] = await Promise.all([
    prisma.loginAttempt.findFirst({
      where: { email: input.email, success: true, createdAt: { gte: windowStart } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    }),
    prisma.loginAttempt.findFirst({
      where: { email: input.email, ip: input.ip, success: true, createdAt: { gte: knownSince } },
      select: { id: true },
    }),
  ]);
  const accountSince =
    lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const failures = (where: Prisma.LoginAttemptWhereInput, take: number) =>
    prisma.loginAttempt.findMany({
      where: { ...where, success: false },
      orderBy: { createdAt: 'desc' },
      take,
      select: { createdAt: true },
    });
  const cap = THROTTLE.perAccount + Math.ceil(Math.log2(THROTTLE.windowMinutes)) + 1;
  const [pairFailures, addressFailures, accountFailures] = await Promise.all([
    failures({ email: input.email, ip: input.ip, createdAt: { gte: accountSince } }, THROTTLE.perAccount),
    failures({ ip: input.ip, createdAt: { gt: windowStart } }, THROTTLE.perAddress),
    known ? Promise.resolve([]) : failures({ email: input.email, createdAt: { gte: accountSince } }, cap),
  ]);
  const ends = [
    lockEndsAt(pairFailures, THROTTLE.perAccount),
    lockEndsAt(addressFailures, THROTTLE.perAddress),
    delayEndsAt(accountFailures),
  ];
  const until = Math.max(...ends.map((end) => end ?? 0));
  if (until <= input.now.getTime()) return null;
  return Math.max(1, Math.ceil((until - input.now.getTime()) / 60_000));
}

/**
 * Checks the throttle and records the attempt as a failure in one transaction holding advisory locks on the
 * account and the address (always in that order, so two claims cannot deadlock). Throws AUTH.THROTTLED; returns
 * the attempt's id for `markLoginSucceeded`. Throttled attempts are not recorded (as before).
 */
export async function claimLoginAttempt(
  prisma: PrismaClient,
  input: { email: string; ip: string; now: Date },
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301, hashtext(${input.email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7302, hashtext(${input.ip}))`;
    const minutes = await getThrottleMinutes(tx, input);
    if (minutes !== null) throw new AppError('AUTH.THROTTLED', { minutes });
    const attempt = await tx.loginAttempt.create({
      data: { email: input.email, ip: input.ip, success: false, createdAt: input.now },
      select: { id: true },
    });
    return attempt.id;
  });
}

export async function markLoginSucceeded(prisma: PrismaClient, attemptId: string): Promise<void> {
  await prisma.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/**
 * Failures older than a day no longer matter for any window; successes are kept KNOWN_ADDRESS_DAYS to recognise
 * the addresses an account signs in from.
 */
export async function purgeOldLoginAttempts(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.loginAttempt.deleteMany({
    where: {
      OR: [
        { success: false, createdAt: { lt: new Date(now.getTime() - 86_400_000) } },
        { createdAt: { lt: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000) } },
      ],
    },
  });
  return count;
}
