// Steering dashboards for Bappeda (ADMIN, VERIFIER) and leadership (VIEWER). An OPERATOR's scope is its own
// unit, so region-wide aggregates are not for it.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { assertSameRegion } from '../scope.ts';
import { buildPlan, loadPortfolio } from '../services/dashboard/build-plan.ts';
import { buildDashboardSummary } from '../services/dashboard/build-summary.ts';
import { queryDashboard } from '../services/dashboard/dashboard-queries.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { roleProcedure } from '../trpc.ts';

const steeringProcedure = roleProcedure('ADMIN', 'VERIFIER', 'VIEWER');

export const dashboardRouter = {
  summary: steeringProcedure
    .input(z.object({ periodId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      // One statement reads the period and its aggregates; the region check runs before anything is returned.
      const { period, rows } = await queryDashboard(ctx.prisma, input.periodId);
      if (!period) throw new AppError('NOT_FOUND', { entity: 'Period', id: input.periodId });
      assertSameRegion(ctx.user, period.regionId);
      const pack = await loadEditionPack(ctx.prisma, period.regionId, period.editionCode);
      if (!pack) throw new Error(`period ${period.id} refers to unknown edition ${period.editionCode}`);
      const { regionId: _regionId, ...info } = period;
      return buildDashboardSummary(pack, info, rows, ctx.now());
    }),

  /** The best set to send and the next best actions (domain planner), plus a what-if for a chosen set. */
  plan: steeringProcedure
    .input(
      z.object({
        periodId: z.string().min(1),
        basis: z.enum(['VERIFIED', 'CLAIMED']).default('VERIFIED'),
        include: z.array(z.string().min(1)).max(5000).optional(),
        exclude: z.array(z.string().min(1)).max(5000).optional(),
        limit: z.number().int().min(1).max(50).default(10),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
      const portfolio = await loadPortfolio(ctx.prisma, pack, period.id, input.basis);
      return {
        basis: input.basis,
        ...buildPlan(pack, portfolio, { include: input.include, exclude: input.exclude }, input.limit),
      };
    }),
} satisfies TRPCRouterRecord;
