// Steering dashboards for Bappeda (ADMIN, VERIFIER) and leadership (VIEWER). An OPERATOR's scope is its own
// unit, so region-wide aggregates are not for it.
import type { TRPCRouterRecord } from '@trpc/server';
import type { TEditionPack, TPortfolio } from '@inovda/domain';
import { z } from 'zod';
import { buildPlan, loadPortfolio } from '../services/dashboard/build-plan.ts';
import {
  buildDashboardSummary,
  summaryValidUntil,
  type DashboardSummary,
} from '../services/dashboard/build-summary.ts';
import { createStampedCaches } from '../services/dashboard/stamped-cache.ts';
import { loadSummaryData, type SummaryData } from '../services/dashboard/summary-data.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { shareOutput } from '../transformer.ts';
import { roleProcedure } from '../trpc.ts';
import { evidenceProjection } from './dashboard-evidence.ts';

const steeringProcedure = roleProcedure('ADMIN', 'VERIFIER', 'VIEWER');

// The aggregates, cached per database client and versioned by the region's audit stamp (stamped-cache.ts).
const summaryCaches = createStampedCaches<SummaryData>();
/** The summary built from a cached aggregate, exact from `builtAt` until `validUntil` (epoch ms). */
const builtSummaries = new WeakMap<
  SummaryData,
  { builtAt: number; validUntil: number; summary: DashboardSummary }
>();
const planCaches = createStampedCaches<{ pack: TEditionPack; portfolio: TPortfolio }>();

export const dashboardRouter = {
  summary: steeringProcedure
    .input(z.object({ periodId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      // Region-wide for every role allowed here, so the key is the period within the caller's region;
      // the region check runs in the load, and only loads that passed it are stored.
      const data = await summaryCaches(ctx.prisma).get(
        ctx.prisma,
        ctx.user.regionId,
        `summary\u0000${input.periodId}`,
        () => loadSummaryData(ctx.prisma, ctx.user, input.periodId),
      );
      // Days left and overdue flags depend on the clock: a built summary is reused only until they change.
      const now = ctx.now().getTime();
      let built = builtSummaries.get(data);
      if (!built || now < built.builtAt || now >= built.validUntil) {
        const summary = buildDashboardSummary(data.pack, data.info, data.rows, new Date(now), data.timeZone);
        built = {
          builtAt: now,
          validUntil: summaryValidUntil(data.info, new Date(now), data.timeZone),
          summary: shareOutput(summary),
        };
        builtSummaries.set(data, built);
      }
      return built.summary;
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
      const { pack, portfolio } = await planCaches(ctx.prisma).get(
        ctx.prisma,
        ctx.user.regionId,
        `plan\u0000${input.periodId}\u0000${input.basis}`,
        async () => {
          const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
          return { pack, portfolio: await loadPortfolio(ctx.prisma, pack, period.id, input.basis) };
        },
      );
      return {
        basis: input.basis,
        ...buildPlan(pack, portfolio, { include: input.include, exclude: input.exclude }, input.limit),
      };
    }),

  /** "IID yang didukung bukti" beside the claimed IID, and the units with the largest gaps. */
  evidence: evidenceProjection,
} satisfies TRPCRouterRecord;
