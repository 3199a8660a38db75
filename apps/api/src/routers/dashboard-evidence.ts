// dashboard.evidence: the region's IID if every claimed indicator scored at the tier its read documents
// support, beside the claimed one, and the units with the largest gap (services/dashboard/evidence-projection.ts).
// Region-wide like the summary, for the same roles; no cache of the whole answer, because the job reading files
// changes it without an audit event: each answer's assessment is cached by content instead.
import { z } from 'zod';
import { buildEvidenceProjection } from '../services/dashboard/evidence-projection.ts';
import { loadPeriodWithPack } from '../services/period-access.ts';
import { roleProcedure } from '../trpc.ts';

export const evidenceProjection = roleProcedure('ADMIN', 'VERIFIER', 'VIEWER')
  .input(z.object({ periodId: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const { period, pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, input.periodId);
    return buildEvidenceProjection(ctx.prisma, pack, period);
  });
