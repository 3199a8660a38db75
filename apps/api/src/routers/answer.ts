// answer.set: the OPD chooses a tier (parameter) for a SID indicator, with indicator 33's basis, an optional
// raw figure and links. Editable only while the domain says so; a change after a verdict resets it.
import { deriveKemanfaatanTier, type TEditionPack } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { assertAnswersEditable, saveAnswer, snapshotOf, type AnswerState } from '../services/save-answer.ts';
import { loadSubmissionInScope } from '../services/submission-access.ts';
import { roleProcedure } from '../trpc.ts';

const ZAnswerSet = z.object({
  submissionId: z.string().min(1),
  code: z.string().min(1).max(8),
  claimedTier: z.number().int().min(0).max(3).optional(),
  /** Indicator 33 only: the measurement basis a..f. */
  basis: z
    .string()
    .regex(/^[a-z]$/)
    .nullable()
    .optional(),
  /** The measured figure behind the tier (for indicator 33 the tier is derived from it). */
  rawValue: z.string().trim().min(1).max(40).nullable().optional(),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(500))
    .max(10)
    .optional(),
  /** The answer's version as read; required once the answer exists. */
  version: z.number().int().positive().nullable().optional(),
});

/** Checks the merged answer against the indicator and derives indicator 33's tier from its raw figure. */
function resolveAnswer(pack: TEditionPack, code: string, next: AnswerState, tierGiven: boolean): AnswerState {
  const indicator = pack.sid.find((row) => row.code === code);
  if (!indicator) throw new AppError('ANSWER.UNKNOWN_INDICATOR', { code });
  if (next.links.length > 0 && !indicator.evidence.allowsLink)
    throw new AppError('ANSWER.LINKS_NOT_ALLOWED', { code });
  if (!indicator.bases) {
    if (next.basis !== null) throw new AppError('ANSWER.BASIS_NOT_EXPECTED', { code });
    return next;
  }
  if (next.basis === null) {
    if (next.claimedTier > 0 || next.rawValue !== null) throw new AppError('ANSWER.BASIS_REQUIRED', { code });
    return next;
  }
  if (!indicator.bases.some((b) => b.code === next.basis))
    throw new AppError('ANSWER.UNKNOWN_BASIS', { code, basis: next.basis });
  if (next.rawValue === null) return next;
  const derived = deriveKemanfaatanTier(pack, next.basis, next.rawValue);
  if (!derived.ok) throw AppError.fromDomain(derived.error.code, { code, value: next.rawValue });
  if (tierGiven && derived.value.tier !== next.claimedTier) {
    throw new AppError('ANSWER.TIER_MISMATCH', {
      code,
      claimedTier: next.claimedTier,
      derivedTier: derived.value.tier,
    });
  }
  return { ...next, claimedTier: derived.value.tier };
}

export const answerRouter = {
  set: roleProcedure('OPERATOR', 'ADMIN')
    .input(ZAnswerSet)
    .mutation(async ({ ctx, input }) => {
      const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
      assertAnswersEditable(ctx.user.role, submission.state);
      const pack = await loadEditionPack(
        ctx.prisma,
        submission.period.regionId,
        submission.period.editionCode,
      );
      if (!pack) throw new Error(`unknown edition ${submission.period.editionCode}`);
      const existing = await ctx.prisma.indicatorAnswer.findUnique({
        where: { submissionId_code: { submissionId: submission.id, code: input.code } },
        select: {
          id: true,
          version: true,
          verdict: true,
          claimedTier: true,
          basis: true,
          rawValue: true,
          links: true,
          evidence: { select: { evidenceId: true } },
        },
      });
      // Someone created the answer since this client read the submission: never overwrite it blindly.
      if (existing && input.version == null) {
        throw new AppError('EDIT.CONFLICT', { entity: 'IndicatorAnswer', id: existing.id, version: 0 });
      }
      const prev = existing ? { ...snapshotOf(existing), verdict: existing.verdict } : null;
      const base: AnswerState = prev ?? {
        claimedTier: 0,
        basis: null,
        rawValue: null,
        links: [],
        evidenceIds: [],
      };
      const merged: AnswerState = {
        ...base,
        claimedTier: input.claimedTier ?? base.claimedTier,
        basis: input.basis === undefined ? base.basis : input.basis,
        rawValue: input.rawValue === undefined ? base.rawValue : input.rawValue,
        links: input.links ?? base.links,
      };
      const next = resolveAnswer(pack, input.code, merged, input.claimedTier !== undefined);
      return saveAnswer(
        { prisma: ctx.prisma, user: ctx.user, requestId: ctx.requestId, pack, submission },
        { code: input.code, answerId: existing?.id ?? null, version: input.version ?? null },
        prev,
        next,
        'answer.set',
      );
    }),
} satisfies TRPCRouterRecord;
