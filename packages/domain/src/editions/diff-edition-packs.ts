/** One value that differs between two rule packs, at its path (`['sid', 0, 'weightX100']`). */
export interface PackChange {
  readonly path: readonly (string | number)[];
  /** `undefined` when the value was added. */
  readonly before: unknown;
  /** `undefined` when the value was removed. */
  readonly after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists of plain values (file kinds, source keys) compare as one value: "PDF, PNG" -> "PDF". */
function isLeafList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: PackChange[]): void {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) walk(a[key], b[key], [...path, key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && !(isLeafList(a) && isLeafList(b))) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) walk(a[i], b[i], [...path, i], out);
    return;
  }
  if (!same(a, b)) out.push({ path, before: a, after: b });
}

/**
 * The values that differ between two rule packs (a custom edition against the pack it was cloned from, or two
 * versions of one edition), leaf by leaf in the packs' own order; lists of objects (rows, options, bases) are
 * compared by position. Used for the editor's "changes against the base" and for compact audit events.
 */
export function diffEditionPacks(before: unknown, after: unknown): PackChange[] {
  const out: PackChange[] = [];
  walk(before, after, [], out);
  return out;
}
