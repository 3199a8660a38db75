// What procedures and the sweep see of the background jobs: a way to queue reminder and workflow e-mails inside
// their own transaction. Null when e-mail is off (no SMTP_URL) or the job runner is off (JOBS_ENABLED=0).
import type { Prisma } from '@inovda/db';

export interface ReminderMailQueue {
  /** Queues one e-mail job per reminder in `tx`: the jobs exist exactly when the transaction commits. */
  enqueue(tx: Prisma.TransactionClient, reminderIds: readonly string[]): Promise<void>;
  /** Queues one e-mail job per workflow notification (src/workflow-notify) in `tx`. */
  enqueueNotifications(tx: Prisma.TransactionClient, notificationIds: readonly string[]): Promise<void>;
}
