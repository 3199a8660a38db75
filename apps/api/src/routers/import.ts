// import.*: bulk import of units, users and innovations from a spreadsheet (ADMIN, own region). The file is
// uploaded over HTTP (POST /imports/files, src/imports/import-routes.ts); these procedures check it (preview,
// a dry run) and write it (commit: one transaction, all rows or none). See src/imports/run-import.ts.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { loadImportFile } from '../imports/import-file.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../imports/limits.ts';
import { commitImport, previewImport } from '../imports/run-import.ts';
import { roleProcedure } from '../trpc.ts';

const adminProcedure = roleProcedure('ADMIN');
const ZFileInput = z.object({ fileId: z.string().min(1).max(64) });

export const importRouter = {
  /** The upload size limit and the row cap per kind, for the page to check before uploading. */
  limits: adminProcedure.query(() => ({ maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS })),

  /** Dry run: every row checked with the create procedures' rules; nothing is written. */
  preview: adminProcedure
    .input(ZFileInput)
    .query(({ ctx, input }) => previewImport(ctx.prisma, ctx.user, input.fileId)),

  /**
   * Checks every row again and, when none has an error, writes them all in one transaction (or nothing).
   * New users' initial passwords are in the answer, once; they are stored only as hashes.
   */
  commit: adminProcedure
    .input(ZFileInput)
    .mutation(({ ctx, input }) => commitImport(ctx.prisma, ctx.user, auditContext(ctx), input.fileId)),

  /** Drops an uploaded file that will not be imported. */
  discard: adminProcedure.input(ZFileInput).mutation(async ({ ctx, input }) => {
    const file = await loadImportFile(ctx.prisma, ctx.user, input.fileId);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.importFile.delete({ where: { id: file.id } });
      await writeAudit(tx, {
        ...auditContext(ctx),
        action: 'import.discard',
        entity: 'ImportFile',
        entityId: file.id,
        after: { kind: file.kind, fileName: file.fileName, sha256: file.sha256 },
      });
    });
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
