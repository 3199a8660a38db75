// What `dashboard.summary` reads from the database: the period, its aggregates (one statement) and the rule
// pack. Throws NOT_FOUND / SCOPE for a period the user may not see, so only visible data is ever cached.
import type { PrismaClient } from '@inovda/db';
import { DEFAULT_TIME_ZONE, isValidTimeZone, type TEditionPack } from '@inovda/domain';
import { AppError } from '../../errors.ts';
import { assertSameRegion, type ScopeUser } from '../../scope.ts';
import { loadEditionPack } from '../edition-pack.ts';
import type { PeriodInfo } from './build-summary.ts';
import { queryDashboard, type DashboardRows } from './dashboard-queries.ts';

export interface SummaryData {
  info: PeriodInfo;
  rows: DashboardRows;
  pack: TEditionPack;
  /** The region's IANA zone (WIB when the stored one is unknown, as the reminders do). */
  timeZone: string;
}

export async function loadSummaryData(
  prisma: PrismaClient,
  user: ScopeUser,
  periodId: string,
): Promise<SummaryData> {
  const { period, rows } = await queryDashboard(prisma, periodId);
  if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: periodId });
  assertSameRegion(user, period.regionId);
  const pack = await loadEditionPack(prisma, period.regionId, period.editionCode);
  if (!pack) throw new Error(`period ${period.id} refers to unknown edition ${period.editionCode}`);
  const { regionId: _regionId, timeZone, ...info } = period;
  return { info, rows, pack, timeZone: isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE };
}
