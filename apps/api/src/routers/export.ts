// export: the national submission package of a period (flow 5). The files themselves are downloaded over HTTP
// (src/exports/export-routes.ts) with the same role and region checks; this router only previews.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { EXPORT_ROLES } from '../exports/export-access.ts';
import { loadPackageData } from '../exports/load-package.ts';
import { buildPreview } from '../exports/preview.ts';
import { roleProcedure } from '../trpc.ts';

export const exportRouter = {
  preview: roleProcedure(...EXPORT_ROLES)
    .input(z.object({ periodId: z.string().min(1) }))
    .query(async ({ ctx, input }) =>
      buildPreview(await loadPackageData(ctx.prisma, ctx.user, input.periodId)),
    ),
} satisfies TRPCRouterRecord;
