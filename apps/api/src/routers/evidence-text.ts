// Read text of evidence, for the verifier's preview and a search: evidence.pageText gives the text read from
// one page of a file (the preview marks a finding's snippet in it), evidence.searchText finds pages by their
// words. Both read only what the caller may download (same reach as the file itself); neither changes anything.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { searchEvidenceText } from '../evidence-text/search.ts';
import { isRegionWide, listScopeUnitIds } from '../scope.ts';
import { canReachEvidence } from '../services/evidence-access.ts';
import { authedProcedure } from '../trpc.ts';

export const pageText = authedProcedure
  .input(z.object({ evidenceId: z.string().min(1), page: z.number().int().min(1).max(10_000) }))
  .query(async ({ ctx, input }) => {
    const evidence = await ctx.prisma.evidenceFile.findUnique({
      where: { id: input.evidenceId },
      select: { id: true, regionId: true, uploadedById: true, sha256: true },
    });
    if (!evidence) throw new AppError('NOT_FOUND', { entity: 'EvidenceFile', id: input.evidenceId });
    // Out of reach as every scoped read is (ids are unguessable; the download route answers 404 as files do).
    if (!(await canReachEvidence(ctx.prisma, ctx.user, evidence)))
      throw new AppError('SCOPE.OUT_OF_SCOPE', {});
    const [text, page] = await Promise.all([
      ctx.prisma.evidenceText.findUnique({
        where: { sha256: evidence.sha256 },
        select: { status: true, pageCount: true },
      }),
      ctx.prisma.evidenceTextPage.findUnique({
        where: { sha256_page: { sha256: evidence.sha256, page: input.page } },
        select: { text: true, method: true },
      }),
    ]);
    return {
      status: text?.status ?? 'WAITING',
      pageCount: text?.pageCount ?? null,
      page: input.page,
      text: page?.text ?? null,
      /** Read by OCR: a person confirms what was read. */
      ocr: page?.method === 'OCR',
    };
  });

export const searchText = authedProcedure
  .input(
    z.object({
      query: z.string().trim().min(2).max(200),
      limit: z.number().int().min(1).max(50).default(20),
    }),
  )
  .query(async ({ ctx, input }) => {
    const scope = isRegionWide(ctx.user)
      ? null
      : { userId: ctx.user.id, unitIds: await listScopeUnitIds(ctx.prisma, ctx.user) };
    return searchEvidenceText(ctx.prisma, ctx.user.regionId, input.query, input.limit, scope);
  });
