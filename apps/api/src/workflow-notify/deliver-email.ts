// The e-mail job of one workflow notification (the outbox row is the notification itself). The in-app
// notification was committed with the move, so nothing here can lose it. A failure is recorded on the row and
// rethrown, and the queue retries with backoff; after the last try the row is FAILED. A row already SENT is not
// sent again (a retried or re-run job).
import type { PrismaClient } from '@inovda/db';
import type { Mailer } from '../mail/mailer.ts';
import { sendAndRecord } from '../mail/send-and-record.ts';
import { renderWorkflowEmail } from './email.ts';
import type { WorkflowText } from './messages.ts';

export interface DeliverWorkflowEmailDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  /** The app's public address (APP_URL), without a trailing slash. */
  appUrl: string;
  now?: () => Date;
}

export interface WorkflowDeliveryAttempt {
  notificationId: string;
  retryCount: number;
  retryLimit: number;
}

function storedText(data: unknown): { id: WorkflowText; en: WorkflowText } | null {
  if (typeof data !== 'object' || data === null || !('text' in data)) return null;
  const text = (data as { text?: { id?: WorkflowText; en?: WorkflowText } }).text;
  return text?.id && text.en ? { id: text.id, en: text.en } : null;
}

export async function deliverWorkflowEmail(
  deps: DeliverWorkflowEmailDeps,
  attempt: WorkflowDeliveryAttempt,
): Promise<'sent' | 'skipped'> {
  const { prisma } = deps;
  const row = await prisma.notification.findUnique({
    where: { id: attempt.notificationId },
    select: {
      id: true,
      link: true,
      data: true,
      emailStatus: true,
      user: { select: { email: true, name: true, active: true, emailWorkflow: true } },
    },
  });
  if (!row || row.emailStatus === 'SENT' || row.emailStatus === null) return 'skipped';
  const where = { id: row.id };
  const text = storedText(row.data);
  // The user may have turned workflow e-mail off (or been deactivated) after it was queued.
  if (!row.user.active || !row.user.emailWorkflow || !text) {
    await prisma.notification.update({ where, data: { emailStatus: 'SKIPPED' } });
    return 'skipped';
  }
  const message = renderWorkflowEmail({
    to: row.user.email,
    name: row.user.name,
    text,
    url: `${deps.appUrl}${row.link ?? '/notifications'}`,
    settingsUrl: `${deps.appUrl}/notifications`,
  });
  return sendAndRecord(
    deps.mailer,
    message,
    attempt,
    (data) => prisma.notification.update({ where, data }),
    deps.now,
  );
}
