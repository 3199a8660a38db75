// Loads a period the user may see (same region) with its rule pack. Another region's period is out of scope.
import type { PrismaClient } from '@inovda/db';
import type { TEditionPack } from '@inovda/domain';
import { AppError } from '../errors.ts';
import { assertSameRegion, type ScopeUser } from '../scope.ts';
import { loadEditionPack } from './edition-pack.ts';

const periodInfoSelect = {
  id: true,
  regionId: true,
  year: true,
  name: true,
  editionCode: true,
  state: true,
  internalDeadline: true,
  nationalDeadline: true,
} as const;

export async function loadPeriodWithPack(
  prisma: Pick<PrismaClient, 'period' | 'customEdition'>,
  user: ScopeUser,
  periodId: string,
) {
  const period = await prisma.period.findUnique({ where: { id: periodId }, select: periodInfoSelect });
  if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: periodId });
  assertSameRegion(user, period.regionId);
  const pack: TEditionPack | null = await loadEditionPack(prisma, period.regionId, period.editionCode);
  // period.create/update check the edition exists; a missing one is a broken invariant.
  if (!pack) throw new Error(`period ${period.id} refers to unknown edition ${period.editionCode}`);
  return { period, pack };
}
