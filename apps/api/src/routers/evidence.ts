// evidence.attach / evidence.detach: link an uploaded EvidenceFile to an answer (or unlink it). The file's
// content-checked kind must be one the indicator accepts; a change after a verdict resets it (domain rule).
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { canReachEvidence } from '../services/evidence-access.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { assertAnswersEditable, saveAnswer, snapshotOf } from '../services/save-answer.ts';
import { loadAnswerInScope } from '../services/submission-access.ts';
import { roleProcedure } from '../trpc.ts';
import type { Context } from '../context.ts';
import type { SessionUser } from '../auth/session.ts';
import { pageText, searchText } from './evidence-text.ts';

const ZLink = z.object({
  answerId: z.string().min(1),
  evidenceId: z.string().min(1),
  version: z.number().int().positive(),
});
type TLink = z.infer<typeof ZLink>;

async function relink(ctx: Context & { user: SessionUser }, input: TLink, mode: 'attach' | 'detach') {
  const answer = await loadAnswerInScope(ctx.prisma, ctx.user, input.answerId);
  const { submission } = answer;
  assertAnswersEditable(ctx.user.role, submission.state);
  const pack = await loadEditionPack(ctx.prisma, submission.period.regionId, submission.period.editionCode);
  if (!pack) throw new Error(`unknown edition ${submission.period.editionCode}`);
  const prev = snapshotOf(answer);
  const linked = prev.evidenceIds.includes(input.evidenceId);
  let evidenceIds: string[];
  if (mode === 'attach') {
    const evidence = await ctx.prisma.evidenceFile.findUnique({
      where: { id: input.evidenceId },
      select: { id: true, regionId: true, uploadedById: true, kind: true },
    });
    // A file the user cannot see answers exactly like a missing one.
    if (!evidence || !(await canReachEvidence(ctx.prisma, ctx.user, evidence))) {
      throw new AppError('NOT_FOUND', { entity: 'EvidenceFile', id: input.evidenceId });
    }
    const kinds = pack.sid.find((row) => row.code === answer.code)?.evidence.fileKinds ?? [];
    if (!kinds.includes(evidence.kind)) {
      throw new AppError('EVIDENCE.KIND_NOT_ALLOWED', {
        code: answer.code,
        kind: evidence.kind,
        allowed: kinds.join(', '),
      });
    }
    if (linked) throw new AppError('EVIDENCE.ALREADY_ATTACHED', { code: answer.code });
    evidenceIds = [...prev.evidenceIds, input.evidenceId];
  } else {
    if (!linked) throw new AppError('EVIDENCE.NOT_ATTACHED', { code: answer.code });
    evidenceIds = prev.evidenceIds.filter((id) => id !== input.evidenceId);
  }
  return saveAnswer(
    { prisma: ctx.prisma, user: ctx.user, requestId: ctx.requestId, pack, submission },
    { code: answer.code, answerId: answer.id, version: input.version },
    { ...prev, verdict: answer.verdict },
    { ...prev, evidenceIds },
    `evidence.${mode}`,
  );
}

export const evidenceRouter = {
  attach: roleProcedure('OPERATOR', 'ADMIN')
    .input(ZLink)
    .mutation(({ ctx, input }) => relink(ctx, input, 'attach')),
  detach: roleProcedure('OPERATOR', 'ADMIN')
    .input(ZLink)
    .mutation(({ ctx, input }) => relink(ctx, input, 'detach')),
  /** The text read from one page of a file (the verifier's preview marks a finding's snippet in it). */
  pageText,
  /** Pages of the files the caller may reach whose read text matches the words searched. */
  searchText,
} satisfies TRPCRouterRecord;
