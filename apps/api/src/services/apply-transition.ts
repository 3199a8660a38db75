// Moves a submission through the workflow: the domain decides (`decideTransition`), this persists the new
// state with a version check and writes the audit event in the same transaction.
import type { Prisma, PrismaClient, SubmissionState } from '@inovda/db';
import { decideTransition, type TransitionContext, type WorkflowAction } from '@inovda/domain';
import { auditContext, writeAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { AppError, type ErrorParams } from '../errors.ts';
import type { ReminderMailQueue } from '../jobs/types.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { notifyWorkflowMove } from '../workflow-notify/notify.ts';

export interface TransitionCall {
  prisma: PrismaClient;
  user: SessionUser;
  requestId: string;
  now: Date;
  /** Queues the e-mails of the move's notifications; null when e-mail is off. */
  mail?: ReminderMailQueue | null;
}

/** The transition call of a request (an authenticated tRPC context). */
export function transitionCallOf(ctx: {
  prisma: PrismaClient;
  user: SessionUser;
  requestId: string;
  now: () => Date;
  reminderMail?: ReminderMailQueue | null;
}): TransitionCall {
  return {
    prisma: ctx.prisma,
    user: ctx.user,
    requestId: ctx.requestId,
    now: ctx.now(),
    mail: ctx.reminderMail ?? null,
  };
}

/** Domain params may hold lists (pending codes, allowed states); error params are scalars. */
export function toErrorParams(params: Readonly<Record<string, unknown>>): ErrorParams {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
}

/** Timestamps that record when a submission reached a state. */
function stampsFor(to: SubmissionState, now: Date): Prisma.SubmissionUpdateManyMutationInput {
  if (to === 'SUBMITTED') return { submittedAt: now, submitCount: { increment: 1 } };
  if (to === 'VERIFIED') return { verifiedAt: now };
  if (to === 'SENT') return { sentAt: now };
  return {};
}

type TransitionSubject = { id: string; state: SubmissionState; version: number };
type TransitionInput = {
  action: WorkflowAction;
  version: number;
  note?: string | null;
  context?: TransitionContext;
};

export async function applyTransition(
  call: TransitionCall,
  submission: TransitionSubject & { innovation: { regionId: string } },
  input: TransitionInput,
) {
  return call.prisma.$transaction((tx) => applyTransitionIn(tx, call, submission, input));
}

/**
 * The same move inside a transaction the caller holds (several moves that must commit together, e.g. every
 * submission of a package marked sent); `extraAudit` joins the audit event's `after`.
 */
export async function applyTransitionIn(
  tx: Prisma.TransactionClient,
  call: TransitionCall,
  submission: TransitionSubject,
  input: TransitionInput,
  extraAudit: Record<string, unknown> = {},
) {
  const decided = decideTransition({
    from: submission.state,
    action: input.action,
    role: call.user.role,
    context: { ...input.context, note: input.note },
  });
  if (!decided.ok) {
    const { code, from, action, params } = decided.error;
    const detail = toErrorParams(params);
    // `{detail}` in the message is the optional list of pending indicator codes.
    throw new AppError(code, { ...detail, from, action, detail: detail.codes ? `: ${detail.codes}` : '' });
  }
  const to = decided.value.to;
  await updateVersioned('Submission', { id: submission.id, version: input.version }, (where) =>
    tx.submission.updateMany({
      // The state is part of the match too: a concurrent move between load and write is a conflict.
      where: { ...where, state: submission.state },
      data: { state: to, version: { increment: 1 }, ...stampsFor(to, call.now) },
    }),
  );
  const after = await tx.submission.findUniqueOrThrow({
    where: { id: submission.id },
    select: {
      id: true,
      state: true,
      version: true,
      submittedAt: true,
      verifiedAt: true,
      sentAt: true,
      submitCount: true,
    },
  });
  await writeAudit(tx, {
    ...auditContext({ user: call.user, requestId: call.requestId }),
    action: `submission.${input.action.toLowerCase()}`,
    entity: 'Submission',
    entityId: submission.id,
    before: { state: submission.state, version: submission.version },
    after: { ...after, note: input.note?.trim() || null, ...extraAudit },
  });
  // Who acts next hears of it, in this same transaction (issue 9 point 4).
  await notifyWorkflowMove(tx, {
    submissionId: submission.id,
    action: input.action,
    from: submission.state,
    note: input.note ?? null,
    submitCount: after.submitCount,
    actor: { id: call.user.id, name: call.user.name },
    mail: call.mail ?? null,
  });
  return after;
}
