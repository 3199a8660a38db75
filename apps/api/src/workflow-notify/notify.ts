// Workflow notifications: written in the transaction of the move itself (they exist exactly when the move
// committed). A submission or resubmission goes to the region's verifiers; a return, approval, rejection or
// "ready to send" to the operators who may act on the innovation (its unit's and those of the units above it).
// Inactive users and the person who made the move are left out. A reply of the unit on an indicator's note goes
// to the verifiers who wrote on that indicator (`notifyNoteReply`). The e-mail is an outbox row state on the
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
  const link = toVerifiers
    ? `/review/${encodeURIComponent(innovation.id)}`
    : `/innovations/${encodeURIComponent(innovation.id)}/indicators`;
  return writeNotifications(tx, recipients, {
    facts,
    link,
    mail: move.mail,
    data: { submissionId: submission.id, innovationId: innovation.id, round: move.submitCount },
  });
}

/** One notification per recipient, in the recipient's language, with both languages kept for the UI's switch. */
async function writeNotifications(
  tx: Tx,
  recipients: readonly { id: string; locale: string; emailWorkflow: boolean }[],
  input: {
    facts: WorkflowFacts;
    link: string;
    mail: ReminderMailQueue | null;
    data: Record<string, unknown>;
  },
): Promise<{ notifications: number; emails: number }> {
  const { facts, link, mail } = input;
  const text = { id: renderWorkflow(facts, 'id'), en: renderWorkflow(facts, 'en') };
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((user) => {
      const lang: Lang = user.locale === 'en' ? 'en' : 'id';
      return {
        userId: user.id,
        kind: `workflow.${facts.event}`,
        title: text[lang].title,
        body: text[lang].body,
        link,
        emailStatus: mail ? (user.emailWorkflow ? 'QUEUED' : 'SKIPPED') : null,
        data: { ...input.data, event: facts.event, facts, text } as unknown as Prisma.InputJsonValue,
      };
    }),
    select: { id: true, emailStatus: true },
  });
  const queued = created.filter((row) => row.emailStatus === 'QUEUED').map((row) => row.id);
  if (mail && queued.length > 0) await mail.enqueueNotifications(tx, queued);
  return { notifications: created.length, emails: queued.length };
}

export interface NoteReply {
  submissionId: string;
  indicator: { code: string; name: string };
  text: string;
  actor: { id: string; name: string };
  mail: ReminderMailQueue | null;
}

/**
 * The unit answered a verifier's note on one indicator: the verifiers who wrote a verdict on that indicator of
 * this submission hear of it (the conversation's other side); when none has yet, the region's verifiers do.
 * Written in the reply's transaction.
 */
export async function notifyNoteReply(
  tx: Tx,
  reply: NoteReply,
): Promise<{ notifications: number; emails: number }> {
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id: reply.submissionId },
    select: {
      id: true,
      submitCount: true,
      period: { select: { name: true } },
      innovation: { select: { id: true, name: true, regionId: true, unit: { select: { name: true } } } },
    },
  });
  const { innovation } = submission;
  const authors = await tx.indicatorNote.findMany({
    where: { submissionId: submission.id, code: reply.indicator.code, kind: 'VERDICT' },
    select: { authorId: true },
    distinct: ['authorId'],
  });
  const verifiers = (ids: string[] | null) =>
    tx.user.findMany({
      where: {
        regionId: innovation.regionId,
        active: true,
        role: 'VERIFIER',
        id: ids ? { in: ids, not: reply.actor.id } : { not: reply.actor.id },
      },
      select: { id: true, locale: true, emailWorkflow: true },
      orderBy: { id: 'asc' },
    });
  let recipients = await verifiers(authors.flatMap((a) => (a.authorId ? [a.authorId] : [])));
  if (recipients.length === 0) recipients = await verifiers(null);
  if (recipients.length === 0) return { notifications: 0, emails: 0 };
  return writeNotifications(tx, recipients, {
    facts: {
      event: 'replied',
      innovationName: innovation.name,
      unitName: innovation.unit.name,
      periodName: submission.period.name,
      actorName: reply.actor.name,
      round: submission.submitCount,
      note: reply.text.trim() || null,
      indicator: reply.indicator,
    },
    link: `/review/${encodeURIComponent(innovation.id)}#indicator-${encodeURIComponent(reply.indicator.code)}`,
    mail: reply.mail,
    data: { submissionId: submission.id, innovationId: innovation.id, code: reply.indicator.code },
  });
}
