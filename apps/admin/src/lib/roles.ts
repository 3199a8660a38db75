/** The four roles (the same names as the domain's `ROLES` and the Prisma enum `Role`). */
export type TRole = 'ADMIN' | 'VERIFIER' | 'OPERATOR' | 'VIEWER';

/** Roles a route is open to; `ALL_ROLES` for screens every signed-in user may see. */
export const ALL_ROLES: readonly TRole[] = ['ADMIN', 'VERIFIER', 'OPERATOR', 'VIEWER'];

export function canOpen(role: TRole, allowed: readonly TRole[]): boolean {
  return allowed.includes(role);
}
