// The login check: throttle first, then a timing-safe password check that answers the same way for an
// unknown email, a deactivated account and a wrong password (no user enumeration).
import type { PrismaClient } from '@inovda/db';
import { AppError } from '../errors.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { claimLoginAttempt, markLoginSucceeded } from './throttle.ts';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns the user id when the credentials are right; records every attempt; throws AUTH.* otherwise. */
export async function checkCredentials(
  prisma: PrismaClient,
  input: { email: string; password: string; ip: string; now: Date },
): Promise<string> {
  const email = normalizeEmail(input.email);
  // Counted (and throttled) before the password is checked, atomically: see throttle.ts.
  const attemptId = await claimLoginAttempt(prisma, { email, ip: input.ip, now: input.now });
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  const userId = ok && user?.active ? user.id : null;
  if (userId === null) throw new AppError('AUTH.INVALID_CREDENTIALS');
  await markLoginSucceeded(prisma, attemptId);
  return userId;
}
