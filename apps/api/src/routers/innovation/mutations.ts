// innovation.create / update / submit. The profile is validated by the domain's draft schema; edits follow
// the domain's edit rule (DRAFT and RETURNED only), carry a version, and are audited in the same transaction.
import { ZInnovationProfileDraft, isPeriodOpen } from '@inovda/domain';
import { z } from 'zod';
import { auditContext, changedFields, writeAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { updateVersioned } from '../../optimistic-lock.ts';
import { assertUnitInScope } from '../../scope.ts';
import { applyTransition, transitionCallOf } from '../../services/apply-transition.ts';
import { assertPeriodWritable } from '../../services/archive.ts';
import { loadPeriodWithPack } from '../../services/period-access.ts';
import { assertReadyFor, checkSubmissionReadiness } from '../../services/readiness.ts';
import { assertAnswersEditable } from '../../services/save-answer.ts';
import { loadInnovationInScope, loadSubmissionInScope } from '../../services/submission-access.ts';
import { ZInnovationCreate } from '../../services/innovation-create.ts';
import { splitProfile } from '../../services/innovation-profile.ts';
import { innovationDetailSelect, submissionSummarySelect } from '../../services/innovation-selects.ts';
import { roleProcedure } from '../../trpc.ts';

const editorProcedure = roleProcedure('OPERATOR', 'ADMIN');
const ZUpdate = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  profile: ZInnovationProfileDraft.omit({ unitId: true }),
});

export const create = editorProcedure.input(ZInnovationCreate).mutation(async ({ ctx, input }) => {
  const { periodId, ...draft } = input;
  await assertUnitInScope(ctx.prisma, ctx.user, draft.unitId);
  const { period } = await loadPeriodWithPack(ctx.prisma, ctx.user, periodId);
  if (!isPeriodOpen(period.state)) throw new AppError('INNOVATION.PERIOD_CLOSED', { state: period.state });
  const { columns, texts } = splitProfile(draft);
  return ctx.prisma.$transaction(async (tx) => {
    const innovation = await tx.innovation.create({
      data: {
        ...columns,
        name: draft.name,
        urusan: draft.urusan,
        unitId: draft.unitId,
        regionId: ctx.user.regionId,
        profile: texts,
        createdById: ctx.user.id,
      },
      select: { id: true },
    });
    const submission = await tx.submission.create({
      data: { periodId, innovationId: innovation.id },
      select: submissionSummarySelect,
    });
    const after = await tx.innovation.findUniqueOrThrow({
      where: { id: innovation.id },
      select: innovationDetailSelect,
    });
    await writeAudit(tx, {
      ...auditContext(ctx),
      action: 'innovation.create',
      entity: 'Innovation',
      entityId: innovation.id,
      after,
    });
    await writeAudit(tx, {
      ...auditContext(ctx),
      action: 'submission.create',
      entity: 'Submission',
      entityId: submission.id,
      after: submission,
    });
    return { id: innovation.id, version: after.version, submission };
  });
});

export const update = editorProcedure.input(ZUpdate).mutation(async ({ ctx, input }) => {
  const innovation = await loadInnovationInScope(ctx.prisma, ctx.user, input.id);
  const latest = await ctx.prisma.submission.findFirst({
    where: { innovationId: innovation.id },
    orderBy: { period: { year: 'desc' } },
    select: { state: true, period: { select: { year: true, state: true } } },
  });
  // The profile is shared across years: once its latest period is archived, carry it over to change it.
  if (latest) assertPeriodWritable(latest.period);
  // What is being reviewed (or was approved) must not change under the verifier.
  if (latest) assertAnswersEditable(ctx.user.role, latest.state);
  const { columns, texts } = splitProfile(input.profile);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.innovation.findUniqueOrThrow({
      where: { id: innovation.id },
      select: innovationDetailSelect,
    });
    const storedTexts =
      typeof before.profile === 'object' && before.profile !== null && !Array.isArray(before.profile)
        ? before.profile
        : {};
    await updateVersioned('Innovation', { id: innovation.id, version: input.version }, (where) =>
      tx.innovation.updateMany({
        where,
        data: { ...columns, profile: { ...storedTexts, ...texts }, version: { increment: 1 } },
      }),
    );
    const after = await tx.innovation.findUniqueOrThrow({
      where: { id: innovation.id },
      select: innovationDetailSelect,
    });
    await writeAudit(tx, {
      ...auditContext(ctx),
      action: 'innovation.update',
      entity: 'Innovation',
      entityId: innovation.id,
      // Only the changed fields: the profile's long texts are not copied into the permanent log on every edit.
      ...changedFields(before, after),
    });
    return { id: after.id, version: after.version, updatedAt: after.updatedAt };
  });
});

export const submit = editorProcedure
  .input(z.object({ submissionId: z.string().min(1), version: z.number().int().positive() }))
  .mutation(async ({ ctx, input }) => {
    const submission = await loadSubmissionInScope(ctx.prisma, ctx.user, input.submissionId);
    const { pack } = await loadPeriodWithPack(ctx.prisma, ctx.user, submission.periodId);
    const readiness = await checkSubmissionReadiness(ctx.prisma, pack, submission.id);
    assertReadyFor(readiness);
    return applyTransition(transitionCallOf(ctx), submission, {
      action: 'SUBMIT',
      version: input.version,
      context: { readinessBlocking: readiness.blocking },
    });
  });
