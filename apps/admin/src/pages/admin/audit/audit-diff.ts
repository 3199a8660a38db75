/** One changed field of an audit event: the value before and after, as short display text. */
export interface TAuditChange {
  field: string;
  before: string;
  after: string;
}

/** Fields every row carries that say nothing about the change itself. */
const NOISE = new Set(['version', 'updatedAt', 'createdAt']);

function show(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The fields that differ between an event's `before` and `after` snapshots (a create has only `after`, a
 * delete only `before`), without bookkeeping fields, sorted by name.
 */
export function diffAuditSnapshots(before: unknown, after: unknown): TAuditChange[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f)).sort();
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((c) => c.before !== c.after);
}
