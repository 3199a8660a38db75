// import.*: bulk import of units, users and innovations from a spreadsheet (ADMIN, own region). The file is
// uploaded over HTTP (POST /imports/files, src/imports/import-routes.ts); these procedures check it (preview,
// a dry run) and write it (commit: one transaction, all rows or none). See src/imports/run-import.ts.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditContext, writeAudit } from '../audit.ts';
import { loadImportFile } from '../imports/import-file.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../imports/limits.ts';
import { IMPORT_MODES } from '../imports/report.ts';
import { commitImport, previewImport } from '../imports/run-import.ts';
import { roleProcedure } from '../trpc.ts';

const adminProcedure = roleProcedure('ADMIN');
const MAX_ROWS_OF_ANY_KIND = Math.max(...Object.values(MAX_IMPORT_ROWS));
const ZFileInput = z.object({ fileId: z.string().min(1).max(64) });
/** UPSERT (default): rows whose natural key exists update that record; CREATE_ONLY refuses them as duplicates. */
const ZRunInput = ZFileInput.extend({ mode: z.enum(IMPORT_MODES).default('UPSERT') });
const ZCommitInput = ZRunInput.extend({
  /** The preview's matched records (row, id, version): a row that now differs from them stops the commit. */
  expected: z
    .array(
      z.object({
        row: z.number().int().min(1),
        entityId: z.string().min(1).max(64),
        version: z.number().int().positive(),
      }),
    )
    .max(MAX_ROWS_OF_ANY_KIND)
    .default([]),
});

export const importRouter = {
  /** The upload size limit and the row cap per kind, for the page to check before uploading. */
  limits: adminProcedure.query(() => ({ maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS })),

  /**
   * Dry run: every row checked with the create (or update) procedures' rules and marked CREATE, UPDATE (with
   * its changes) or UNCHANGED; nothing is written.
   */
  preview: adminProcedure
    .input(ZRunInput)
    .query(({ ctx, input }) => previewImport(ctx.prisma, ctx.user, input)),

  /**
   * Checks every row again and, when none has an error and no matched record changed since the preview
   * (`expected`), writes them all in one transaction (or nothing). New users' initial passwords are in the
   * answer, once; they are stored only as hashes.
   */
  commit: adminProcedure
    .input(ZCommitInput)
    .mutation(({ ctx, input }) => commitImport(ctx.prisma, ctx.user, auditContext(ctx), input)),

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
