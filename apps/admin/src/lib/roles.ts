import { ROLES, type Role } from '@inovda/domain';

/** The four roles: the domain's `Role` (the Prisma enum `Role`). */
export type TRole = Role;

/** Roles a route is open to; `ALL_ROLES` for screens every signed-in user may see. */
export const ALL_ROLES: readonly TRole[] = ROLES;

export function canOpen(role: TRole, allowed: readonly TRole[]): boolean {
  return allowed.includes(role);
}
