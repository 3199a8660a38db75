// Append-only audit trail. Every mutation calls `writeAudit` with the transaction client of the SAME
// `$transaction` that changes the data, so a change and its audit row commit or roll back together.
import type { Prisma } from '@inovda/db';

export interface AuditActor {
  id: string;
  regionId: string;
}

export interface AuditInput {
  /** Null for system actions (seed, jobs); the region then comes from `regionId`. */
  actor: AuditActor | null;
  /** `area.verb`, e.g. `unit.update`, `auth.login`. */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  regionId?: string;
  requestId?: string;
}

/** Plain JSON (Dates as ISO strings, undefined dropped); absent values stay SQL NULL. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

function auditRow(input: AuditInput): Prisma.AuditEventUncheckedCreateInput {
  return {
    regionId: input.regionId ?? input.actor?.regionId ?? null,
    actorId: input.actor?.id ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: toJson(input.before),
    after: toJson(input.after),
    requestId: input.requestId ?? null,
  };
}

export async function writeAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(input) });
}

/** Many events in one statement, in the same transaction as the change (bulk imports: one per row). */
export async function writeAuditMany(
  tx: Prisma.TransactionClient,
  inputs: readonly AuditInput[],
): Promise<void> {
  if (inputs.length > 0) await tx.auditEvent.createMany({ data: inputs.map(auditRow) });
}

/** The audit fields a procedure context provides. */
export function auditContext(ctx: {
  user: AuditActor;
  requestId: string;
}): Pick<AuditInput, 'actor' | 'requestId'> {
  return { actor: { id: ctx.user.id, regionId: ctx.user.regionId }, requestId: ctx.requestId };
}
