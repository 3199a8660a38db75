// Workflow notifications: written in the transaction of the move itself (they exist exactly when the move
// committed). A submission or resubmission goes to the region's verifiers; a return, approval, rejection or
// "ready to send" to the operators who may act on the innovation (its unit's and those of the units above it).
// Inactive users and the person who made the move are left out. The e-mail is an outbox row state on the
// notification plus a job queued in the same transaction: a failing SMTP server never touches the move.
import type { Prisma, SubmissionState } from '@inovda/db';
import type { WorkflowAction } from '@inovda/domain';
import type { Lang } from '../errors.ts';
import type { ReminderMailQueue } from '../jobs/types.ts';
import { renderWorkflow, type WorkflowEvent, type WorkflowFacts } from './messages.ts';

type Tx = Prisma.TransactionClient;

export interface WorkflowMove {
  submissionId: string;
  action: WorkflowAction;
  from: SubmissionState;
  note: string | null;
  /** How many times it has been submitted, after the move. */
  submitCount: number;
  actor: { id: string; name: string };
  mail: ReminderMailQueue | null;
}

/** The event a move announces, or null (moves nobody needs to hear about). */
function workflowEventOf(action: WorkflowAction, from: SubmissionState): WorkflowEvent | null {
  switch (action) {
    case 'SUBMIT':
      return from === 'RETURNED' ? 'resubmitted' : 'submitted';
    case 'RETURN_FOR_REVISION':
      return 'returned';
    case 'APPROVE':
      return 'approved';
    case 'REJECT':
      return 'rejected';
    case 'MARK_READY':
      return 'ready';
    case 'START_REVIEW':
    case 'UNMARK_READY':
    case 'REOPEN':
    case 'MARK_SENT':
      return null;
  }
}

/** The unit and every unit above it. */
function unitWithAncestors(
  units: readonly { id: string; parentId: string | null }[],
  unitId: string,
): string[] {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const chain: string[] = [];
  for (let id: string | null | undefined = unitId; id && !chain.includes(id); id = parent.get(id))
    chain.push(id);
  return chain;
}

export async function notifyWorkflowMove(
  tx: Tx,
  move: WorkflowMove,
): Promise<{ notifications: number; emails: number }> {
  const event = workflowEventOf(move.action, move.from);
  if (!event) return { notifications: 0, emails: 0 };
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id: move.submissionId },
    select: {
      id: true,
      period: { select: { name: true } },
      innovation: {
        select: { id: true, name: true, regionId: true, unitId: true, unit: { select: { name: true } } },
      },
    },
  });
  const { innovation } = submission;
  const toVerifiers = event === 'submitted' || event === 'resubmitted';
  const unitIds = toVerifiers
    ? []
    : unitWithAncestors(
        await tx.unit.findMany({
          where: { regionId: innovation.regionId },
          select: { id: true, parentId: true },
        }),
        innovation.unitId,
      );
  const recipients = await tx.user.findMany({
    where: {
      regionId: innovation.regionId,
      active: true,
      id: { not: move.actor.id },
      ...(toVerifiers ? { role: 'VERIFIER' } : { role: 'OPERATOR', unitId: { in: unitIds } }),
    },
    select: { id: true, locale: true, emailWorkflow: true },
    orderBy: { id: 'asc' },
  });
  if (recipients.length === 0) return { notifications: 0, emails: 0 };

  const facts: WorkflowFacts = {
    event,
    innovationName: innovation.name,
    unitName: innovation.unit.name,
    periodName: submission.period.name,
    actorName: move.actor.name,
    round: move.submitCount,
    note: move.note?.trim() || null,
  };
  const text = { id: renderWorkflow(facts, 'id'), en: renderWorkflow(facts, 'en') };
  const link = toVerifiers
    ? `/review/${encodeURIComponent(innovation.id)}`
    : `/innovations/${encodeURIComponent(innovation.id)}/indicators`;
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((user) => {
      const lang: Lang = user.locale === 'en' ? 'en' : 'id';
      return {
        userId: user.id,
        kind: `workflow.${event}`,
        title: text[lang].title,
        body: text[lang].body,
        link,
        emailStatus: move.mail ? (user.emailWorkflow ? 'QUEUED' : 'SKIPPED') : null,
        data: {
          submissionId: submission.id,
          innovationId: innovation.id,
          event,
          round: move.submitCount,
          facts,
          text,
        } as unknown as Prisma.InputJsonValue,
      };
    }),
    select: { id: true, emailStatus: true },
  });
  const queued = created.filter((row) => row.emailStatus === 'QUEUED').map((row) => row.id);
  if (move.mail && queued.length > 0) await move.mail.enqueueNotifications(tx, queued);
  return { notifications: created.length, emails: queued.length };
}
