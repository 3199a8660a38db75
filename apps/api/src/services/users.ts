// Users: what the user router and the bulk import share (the columns a user row returns, the create schema, the
// checks on unit and e-mail). The password hash never leaves the database: it is not in `userSelect`.
import { type Prisma, Role } from '@inovda/db';
import { z } from 'zod';
import { LANGS } from '../auth/lang.ts';
import { normalizeEmail } from '../auth/login.ts';
import { ZNewPassword } from '../auth/password.ts';
import { AppError } from '../errors.ts';
import { assertSameRegion } from '../scope.ts';

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  active: true,
  lastLoginAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { id: true, name: true, short: true, kind: true } },
} as const satisfies Prisma.UserSelect;

export const ZEmail = z.email().max(254).transform(normalizeEmail);

/** The input of user.create; the bulk import checks its rows with the same schema (without the password). */
export const ZUserCreate = z.object({
  email: ZEmail,
  name: z.string().trim().min(2).max(200),
  role: z.enum(Role),
  unitId: z.string().nullable().default(null),
  locale: z.enum(LANGS).default('id'),
  password: ZNewPassword,
});

export async function assertUnitForRole(
  tx: Prisma.TransactionClient,
  regionId: string,
  role: Role,
  unitId: string | null,
) {
  if (role === 'OPERATOR' && !unitId) throw new AppError('USER.OPERATOR_NEEDS_UNIT');
  if (!unitId) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { regionId: true } });
  if (!unit) throw new AppError('NOT_FOUND', { entity: 'Unit', id: unitId });
  assertSameRegion({ regionId }, unit.regionId);
}

export async function assertEmailFree(tx: Prisma.TransactionClient, email: string, exceptId?: string) {
  const taken = await tx.user.findFirst({
    where: { email, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new AppError('USER.EMAIL_TAKEN', { email });
}
