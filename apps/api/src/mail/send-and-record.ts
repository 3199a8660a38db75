// The common end of every e-mail job whose outbox is a row with emailStatus / emailAttempts / emailError /
// emailSentAt (deadline reminders, workflow notifications): send, then record the outcome on the row. A failure
// is recorded and rethrown so the queue retries with backoff; after the last try the row is FAILED.
import type { Mailer, MailMessage } from './mailer.ts';

/** The outcome columns shared by the outbox tables. */
export interface EmailOutcome {
  emailAttempts: { increment: number };
  emailStatus: 'SENT' | 'QUEUED' | 'FAILED';
  emailError: string | null;
  emailSentAt?: Date;
}

export interface SendAttempt {
  retryCount: number;
  retryLimit: number;
}

export async function sendAndRecord(
  mailer: Mailer,
  message: MailMessage,
  attempt: SendAttempt,
  record: (outcome: EmailOutcome) => Promise<unknown>,
  now: () => Date = () => new Date(),
): Promise<'sent'> {
  try {
    await mailer.send(message);
  } catch (error) {
    await record({
      emailAttempts: { increment: 1 },
      emailError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      emailStatus: attempt.retryCount >= attempt.retryLimit ? 'FAILED' : 'QUEUED',
    });
    throw error;
  }
  await record({
    emailAttempts: { increment: 1 },
    emailStatus: 'SENT',
    emailSentAt: now(),
    emailError: null,
  });
  return 'sent';
}
