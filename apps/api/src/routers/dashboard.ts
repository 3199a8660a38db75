// Steering dashboards for Bappeda (ADMIN, VERIFIER) and leadership (VIEWER). An OPERATOR's scope is its own
// unit, so region-wide aggregates are not for it.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { buildDashboardSummary } from '../services/dashboard/build-summary.ts';
import { queryDashboardRows } from '../services/dashboard/dashboard-queries.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { roleProcedure } from '../trpc.ts';

const steeringProcedure = roleProcedure('ADMIN', 'VERIFIER', 'VIEWER');

export const dashboardRouter = {
  summary: steeringProcedure.input(z.object({ periodId: z.string().min(1) })).query(async ({ ctx, input }) => {
    const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
    const rows = await queryDashboardRows(ctx.prisma, period.regionId, period.id);
    const { regionId: _regionId, state: _state, ...info } = period;
    return buildDashboardSummary(pack, info, rows, ctx.now());
  }),
} satisfies TRPCRouterRecord;
