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

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const isPlainObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Only what changed between two states, for an update's audit event: keys of plain objects are compared
 * recursively (as JSON: Dates as ISO strings), unchanged keys are left out, arrays and values are kept whole when
 * they differ. A one-word edit of a long profile stores that one field, not the profile twice.
 */
export function changedFields(before: unknown, after: unknown): { before: Json; after: Json } {
  const a = (before === undefined ? null : JSON.parse(JSON.stringify(before))) as Json;
  const b = (after === undefined ? null : JSON.parse(JSON.stringify(after))) as Json;
  const diff = (x: Json, y: Json): { before: Json; after: Json } | null => {
    if (isPlainObject(x) && isPlainObject(y)) {
      const out = { before: {} as Record<string, Json>, after: {} as Record<string, Json> };
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        const inner = diff(x[key] ?? null, y[key] ?? null);
        if (!inner) continue;
        if (key in x) out.before[key] = inner.before;
        if (key in y) out.after[key] = inner.after;
      }
      return Object.keys(out.before).length + Object.keys(out.after).length > 0 ? out : null;
    }
    return JSON.stringify(x) === JSON.stringify(y) ? null : { before: x, after: y };
  };
  return diff(a, b) ?? { before: {}, after: {} };
}

/** The audit fields a procedure context provides. */
export function auditContext(ctx: {
  user: AuditActor;
  requestId: string;
}): Pick<AuditInput, 'actor' | 'requestId'> {
  return { actor: { id: ctx.user.id, regionId: ctx.user.regionId }, requestId: ctx.requestId };
}
