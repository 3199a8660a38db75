// Steering dashboards for Bappeda (ADMIN, VERIFIER) and leadership (VIEWER). An OPERATOR's scope is its own
// unit, so region-wide aggregates are not for it.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { assertSameRegion } from '../scope.ts';
import { buildDashboardSummary } from '../services/dashboard/build-summary.ts';
import { queryDashboard } from '../services/dashboard/dashboard-queries.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { roleProcedure } from '../trpc.ts';

const steeringProcedure = roleProcedure('ADMIN', 'VERIFIER', 'VIEWER');

export const dashboardRouter = {
  summary: steeringProcedure.input(z.object({ periodId: z.string().min(1) })).query(async ({ ctx, input }) => {
    // One statement reads the period and its aggregates; the region check runs before anything is returned.
    const { period, rows } = await queryDashboard(ctx.prisma, input.periodId);
    if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: input.periodId });
    assertSameRegion(ctx.user, period.regionId);
    const pack = await loadEditionPack(ctx.prisma, period.regionId, period.editionCode);
    if (!pack) throw new Error(`period ${period.id} refers to unknown edition ${period.editionCode}`);
    const { regionId: _regionId, ...info } = period;
    return buildDashboardSummary(pack, info, rows, ctx.now());
  }),
} satisfies TRPCRouterRecord;
