// Kinds of action a person filters the audit trail by ("verifikasi", "pengajuan"...), each a set of action names
// or `area.` prefixes, so the filter speaks in tasks rather than in the `area.verb` codes the trail stores.
import type { Prisma } from '@inovda/db';
import { z } from 'zod';

export const AUDIT_KINDS = {
  /** Moves of a submission through the workflow: submit, return, approve, mark ready, mark sent... */
  workflow: ['submission.'],
  /** The verifier's verdicts on indicators. */
  review: ['review.'],
  /** An OPD's answers and their evidence. */
  answers: ['answer.', 'evidence.'],
  /** Registering and editing innovations, carrying them over. */
  innovations: ['innovation.', 'carry-over.'],
  /** Sending: packages, downloads, national results. */
  sending: ['package.', 'export.', 'nationalResult.'],
  /** Region set-up: periods, units, users, rule editions, SPD, imports, reminders. */
  settings: ['period.', 'unit.', 'user.', 'region.', 'edition.', 'spd.', 'import.', 'reminder.'],
  /** Signing in and out, passwords, personal settings. */
  account: ['auth.', 'notification.'],
} as const satisfies Record<string, readonly string[]>;

export const ZAuditKind = z.enum(Object.keys(AUDIT_KINDS) as [keyof typeof AUDIT_KINDS]);
export type TAuditKind = z.infer<typeof ZAuditKind>;

/** The `action` condition of a kind: any of its prefixes. */
export function actionWhereOfKind(kind: TAuditKind): Prisma.AuditEventWhereInput {
  return { OR: AUDIT_KINDS[kind].map((prefix) => ({ action: { startsWith: prefix } })) };
}
