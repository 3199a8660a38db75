// innovation.list and innovation.byId: scoped reads. An OPERATOR sees its unit subtree, others the region.
import type { Prisma } from '@inovda/db';
import { allowedActions, isDevelopmentNoteRequired, ZSubmissionState } from '@inovda/domain';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { buildEvidenceChecks } from '../../evidence-text/evidence-check.ts';
import { assertUnitInScope, unitScopeFilter } from '../../scope.ts';
import { shapeAnswer } from '../../services/answer-selects.ts';
import { isArchivedPeriod } from '../../services/archive.ts';
import { loadEditionPack } from '../../services/edition-pack.ts';
import { archivedProfile, joinProfile, submissionProfile } from '../../services/innovation-profile.ts';
import { checkSubmissionReadiness } from '../../services/readiness.ts';
import { loadInnovationInScope } from '../../services/submission-access.ts';
import { authedProcedure } from '../../trpc.ts';
import {
  innovationDetailSelect,
  innovationListSelect,
  shapeCarriedFrom,
  submissionDetailSelect,
} from '../../services/innovation-selects.ts';

const ZInnovationList = z.object({
  periodId: z.string().min(1).optional(),
  unitId: z.string().min(1).optional(),
  state: ZSubmissionState.optional(),
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const list = authedProcedure.input(ZInnovationList).query(async ({ ctx, input }) => {
  if (input.unitId) await assertUnitInScope(ctx.prisma, ctx.user, input.unitId);
  const scope = await unitScopeFilter(ctx.prisma, ctx.user);
  const where: Prisma.InnovationWhereInput = {
    ...scope,
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.search ? { name: { contains: input.search, mode: 'insensitive' } } : {}),
    ...(input.periodId || input.state
      ? {
          submissions: {
            some: {
              ...(input.periodId ? { periodId: input.periodId } : {}),
              ...(input.state ? { state: input.state } : {}),
            },
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    ctx.prisma.innovation.count({ where }),
    ctx.prisma.innovation.findMany({
      where,
      select: innovationListSelect(input.periodId),
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const items = rows.map(({ submissions, ...innovation }) => {
    const [first] = submissions;
    if (!first) return { ...innovation, submission: null };
    const { profileSnapshot, ...submission } = first;
    // A period the innovation was carried out of lists it as that period assessed it.
    const snapshot = archivedProfile(profileSnapshot);
    const facts = snapshot
      ? {
          name: snapshot.name ?? innovation.name,
          urusan: snapshot.urusan ?? innovation.urusan,
          tahapan: snapshot.tahapan ?? innovation.tahapan,
          jenis: snapshot.jenis ?? innovation.jenis,
        }
      : {};
    return { ...innovation, ...facts, submission };
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
});

export const byId = authedProcedure
  .input(z.object({ id: z.string().min(1), periodId: z.string().min(1).optional() }))
  .query(async ({ ctx, input }) => {
    await loadInnovationInScope(ctx.prisma, ctx.user, input.id);
    const innovation = await ctx.prisma.innovation.findUniqueOrThrow({
      where: { id: input.id },
      select: innovationDetailSelect,
    });
    const submission = await ctx.prisma.submission.findFirst({
      where: { innovationId: innovation.id, ...(input.periodId ? { periodId: input.periodId } : {}) },
      orderBy: { period: { year: 'desc' } },
      select: submissionDetailSelect,
    });
    if (input.periodId && !submission)
      throw new AppError('NOT_FOUND', { entity: 'Submission', periodId: input.periodId });
    const { profile: _json, regionId: _regionId, ...facts } = innovation;
    const current = { ...facts, profile: joinProfile(innovation) };
    const none = { archived: false, developmentNoteRequired: false };
    if (!submission)
      return { ...current, submission: null, readiness: null, allowedActions: [], lastMove: null, ...none };
    // A closed or archived period is read-only; a period the innovation was carried out of shows the profile it
    // assessed (kept at carry-over), not the one edited since for the later year.
    const archived = isArchivedPeriod(submission.period.state);
    const profile = submissionProfile({ profileSnapshot: submission.profileSnapshot, innovation });
    const base = { ...current, name: profile.name ?? current.name, profile };
    const { profileSnapshot: _snapshot, carriedFrom, ...submissionFields } = submission;
    const pack = await loadEditionPack(ctx.prisma, innovation.regionId, submission.period.editionCode);
    if (!pack) throw new Error(`unknown edition ${submission.period.editionCode}`);
    const [readiness, lastMove, previousSubmissions] = await Promise.all([
      checkSubmissionReadiness(ctx.prisma, pack, submission.id),
      // The latest workflow move, with the reviewer's note of a return or rejection (kept in the audit trail).
      ctx.prisma.auditEvent.findFirst({
        where: {
          entity: 'Submission',
          entityId: submission.id,
          action: { startsWith: 'submission.' },
          NOT: { action: 'submission.create' },
        },
        orderBy: { id: 'desc' },
        select: { action: true, after: true, at: true, actorId: true },
      }),
      ctx.prisma.submission.count({
        where: { innovationId: innovation.id, period: { year: { lt: submission.period.year } } },
      }),
    ]);
    const answers = submission.answers.map(shapeAnswer);
    const region = await ctx.prisma.region.findUniqueOrThrow({
      where: { id: innovation.regionId },
      select: { name: true },
    });
    const checks = await buildEvidenceChecks(
      ctx.prisma,
      pack,
      { name: base.name, waktuPenerapan: base.profile.waktuPenerapan, regionName: region.name },
      answers,
    );
    const note = (lastMove?.after as { note?: unknown } | null)?.note;
    const actor = lastMove?.actorId
      ? await ctx.prisma.user.findUnique({ where: { id: lastMove.actorId }, select: { name: true } })
      : null;
    return {
      ...base,
      submission: {
        ...submissionFields,
        carriedFrom: shapeCarriedFrom(carriedFrom),
        // evidenceCheck: what the read documents support (advice; null where documents cannot say).
        answers: answers.map((answer) => ({ ...answer, evidenceCheck: checks.get(answer.id) ?? null })),
      },
      readiness,
      allowedActions: archived ? [] : allowedActions(submission.state, ctx.user.role),
      archived,
      developmentNoteRequired: isDevelopmentNoteRequired(
        pack,
        { profile: base.profile, previousSubmissions },
        { assessmentYear: submission.period.year },
      ),
      lastMove: lastMove
        ? {
            action: lastMove.action,
            at: lastMove.at,
            actorName: actor?.name ?? null,
            note: typeof note === 'string' ? note : null,
          }
        : null,
    };
  });
