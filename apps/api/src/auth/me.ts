// What `auth.me` and `auth.login` return about the signed-in user; the one select for it.
import type { PrismaClient } from '@inovda/db';
import { AppError } from '../errors.ts';

const meSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  lastLoginAt: true,
  unit: { select: { id: true, name: true, short: true, kind: true, parentId: true } },
  region: { select: { id: true, code: true, name: true, timeZone: true } },
} as const;

export async function getMe(prisma: PrismaClient, userId: string) {
  const me = await prisma.user.findUnique({ where: { id: userId }, select: meSelect });
  if (!me) throw new AppError('AUTH.UNAUTHENTICATED');
  return me;
}
