// Server-side scope rules. Everyone acts only within their own region. An OPERATOR reads and writes only its
// own unit and the units under it; ADMIN, VERIFIER and VIEWER see the whole region (what they may change is
// decided by the procedure's roles: VERIFIER reviews, VIEWER only reads, ADMIN manages the region).
import type { PrismaClient, Role } from '@inovda/db';
import { AppError } from './errors.ts';

export interface ScopeUser {
  id: string;
  role: Role;
  regionId: string;
  unitId: string | null;
}

/** Per-request cache: keyed by the context's user object, which lives exactly as long as one request. */
const unitIdsCache = new WeakMap<ScopeUser, Promise<string[]>>();

export function isRegionWide(user: ScopeUser): boolean {
  return user.role !== 'OPERATOR';
}

/** Ids of the unit `rootId` and every unit under it, walking `parentId` links in memory. */
export function collectSubtree(
  units: readonly { id: string; parentId: string | null }[],
  rootId: string,
): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  if (!units.some((unit) => unit.id === rootId)) return [];
  const result: string[] = [];
  const queue = [rootId];
  const seen = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/** The units the user may act on: its subtree for an OPERATOR, every unit of the region otherwise. */
export function listScopeUnitIds(prisma: PrismaClient, user: ScopeUser): Promise<string[]> {
  const cached = unitIdsCache.get(user);
  if (cached) return cached;
  const pending = prisma.unit
    .findMany({ where: { regionId: user.regionId }, select: { id: true, parentId: true } })
    .then((units) => {
      if (isRegionWide(user)) return units.map((unit) => unit.id);
      return user.unitId ? collectSubtree(units, user.unitId) : [];
    });
  pending.catch(() => unitIdsCache.delete(user));
  unitIdsCache.set(user, pending);
  return pending;
}

/** A Prisma filter for rows carrying `regionId` and `unitId` (innovations, for example). */
export async function unitScopeFilter(
  prisma: PrismaClient,
  user: ScopeUser,
): Promise<{ regionId: string; unitId?: { in: string[] } }> {
  if (isRegionWide(user)) return { regionId: user.regionId };
  return { regionId: user.regionId, unitId: { in: await listScopeUnitIds(prisma, user) } };
}

export async function isUnitInScope(prisma: PrismaClient, user: ScopeUser, unitId: string): Promise<boolean> {
  return (await listScopeUnitIds(prisma, user)).includes(unitId);
}

/** Throws SCOPE.OUT_OF_SCOPE unless the unit is in the user's region and (for an OPERATOR) its subtree. */
export async function assertUnitInScope(
  prisma: PrismaClient,
  user: ScopeUser,
  unitId: string,
): Promise<void> {
  if (!(await isUnitInScope(prisma, user, unitId))) throw new AppError('SCOPE.OUT_OF_SCOPE', { unitId });
}

/** Throws SCOPE.OUT_OF_SCOPE for a row of another region. */
export function assertSameRegion(user: Pick<ScopeUser, 'regionId'>, regionId: string): void {
  if (user.regionId !== regionId) throw new AppError('SCOPE.OUT_OF_SCOPE', {});
}
