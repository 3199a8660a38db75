// answer.set: the OPD chooses a tier (parameter) for a SID indicator, with indicator 33's basis, an optional
// raw figure and links. Editable only while the domain says so; a change after a verdict resets it.
import { type IssueParams, resolveAnswerFields, type TEditionPack, ZTierValue } from '@inovda/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError, type AppCode, type ErrorParams } from '../errors.ts';
import { loadEditionPack } from '../services/edition-pack.ts';
import { assertAnswersEditable, saveAnswer, snapshotOf, type AnswerState } from '../services/save-answer.ts';
import { loadSubmissionInScope } from '../services/submission-access.ts';
import { roleProcedure } from '../trpc.ts';

const ZAnswerSet = z.object({
  submissionId: z.string().min(1),
  code: z.string().min(1).max(8),
  claimedTier: ZTierValue.optional(),
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

/** The domain's answer codes as this procedure has always reported them to clients. */
const ANSWER_CODES: Readonly<Record<string, AppCode>> = {
  'READINESS.UNKNOWN_INDICATOR': 'ANSWER.UNKNOWN_INDICATOR',
  'READINESS.LINK_NOT_ALLOWED': 'ANSWER.LINKS_NOT_ALLOWED',
  'READINESS.BASIS_NOT_EXPECTED': 'ANSWER.BASIS_NOT_EXPECTED',
  'READINESS.BASIS_REQUIRED': 'ANSWER.BASIS_REQUIRED',
  'READINESS.BASIS_UNKNOWN': 'ANSWER.UNKNOWN_BASIS',
  'READINESS.TIER_MISMATCH': 'ANSWER.TIER_MISMATCH',
};

/** The issue's params as error params: these issues carry codes, bases and tiers (no lists). */
function scalarParams(params: IssueParams): ErrorParams {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'object' ? value.join(', ') : value]),
  );
}

/** Checks the merged answer with the domain's rule and derives indicator 33's tier from its raw figure. */
function resolveAnswer(pack: TEditionPack, code: string, next: AnswerState, tierGiven: boolean): AnswerState {
  const resolved = resolveAnswerFields(pack, code, next, tierGiven);
  if (resolved.ok) return resolved.value;
  const { code: issueCode, params } = resolved.error;
  const appCode = ANSWER_CODES[issueCode];
  // A figure that derives no tier keeps the derivation's own code (SID.RAW_INVALID ...).
  throw appCode
    ? new AppError(appCode, scalarParams(params))
    : AppError.fromDomain(issueCode, { code, value: next.rawValue });
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
