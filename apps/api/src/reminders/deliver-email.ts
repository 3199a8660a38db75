// The e-mail job of one reminder. The in-app notification was committed with the reminder, so nothing here can
// lose it. A failure is recorded on the reminder and rethrown, and the queue retries with backoff; after the
// last try the reminder is FAILED. A reminder already SENT is not sent again (a retried or re-run job).
import type { PrismaClient } from '@inovda/db';
import type { Mailer } from '../mail/mailer.ts';
import { sendAndRecord } from '../mail/send-and-record.ts';
import { renderReminderEmail } from './email.ts';
import { reminderLink } from './messages.ts';
import type { ReminderData } from './plan.ts';

export interface DeliverEmailDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  /** The app's public address (APP_URL), without a trailing slash. */
  appUrl: string;
  now?: () => Date;
}

export interface DeliveryAttempt {
  reminderId: string;
  /** Tries already failed before this one, and how many the queue allows after the first. */
  retryCount: number;
  retryLimit: number;
}

export type DeliveryOutcome = 'sent' | 'skipped';

export async function deliverReminderEmail(
  deps: DeliverEmailDeps,
  attempt: DeliveryAttempt,
): Promise<DeliveryOutcome> {
  const { prisma } = deps;
  const reminder = await prisma.deadlineReminder.findUnique({
    where: { id: attempt.reminderId },
    select: {
      id: true,
      audience: true,
      deadline: true,
      milestone: true,
      data: true,
      emailStatus: true,
      user: { select: { email: true, name: true, active: true, emailReminders: true } },
    },
  });
  if (!reminder || reminder.emailStatus === 'SENT') return 'skipped';
  const where = { id: reminder.id };
  // The user may have turned e-mail off (or been deactivated) after the reminder was queued.
  if (!reminder.user.active || !reminder.user.emailReminders) {
    await prisma.deadlineReminder.update({ where, data: { emailStatus: 'SKIPPED' } });
    return 'skipped';
  }
  const data = reminder.data as unknown as ReminderData;
  const message = renderReminderEmail({
    audience: reminder.audience,
    deadline: reminder.deadline,
    milestone: reminder.milestone,
    data,
    to: reminder.user.email,
    name: reminder.user.name,
    url: `${deps.appUrl}${reminderLink(reminder.audience, data.periodId)}`,
    settingsUrl: `${deps.appUrl}/notifications`,
  });
  return sendAndRecord(
    deps.mailer,
    message,
    attempt,
    (data) => prisma.deadlineReminder.update({ where, data }),
    deps.now,
  );
}
