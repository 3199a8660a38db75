import type { TEditionPack } from './schema.ts';
import type { TConfidence } from './schema-parts.ts';

/** A rule value that is not confirmed, with where it sits in the pack. */
export interface UnconfirmedValue {
  readonly path: readonly (string | number)[];
  readonly source: readonly string[];
  readonly note?: string;
}

type Node = { confidence?: TConfidence; source?: string[]; note?: string };

function walk(node: unknown, path: (string | number)[], out: UnconfirmedValue[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, [...path, i], out));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const value = node as Node;
  if (value.confidence === 'UNCONFIRMED') {
    out.push({ path, source: value.source ?? [], ...(value.note ? { note: value.note } : {}) });
  }
  for (const [key, child] of Object.entries(node)) walk(child, [...path, key], out);
}

/**
 * Every value of the pack marked UNCONFIRMED (edition, rows, evidence, bases, constants), so that screens and
 * reports can show what must not be trusted blindly (reference §12). Paths are relative to the pack.
 */
export function listUnconfirmed(edition: TEditionPack): UnconfirmedValue[] {
  const out: UnconfirmedValue[] = [];
  walk(edition, [], out);
  return out;
}

/** Codes of SPD rows and `33.<basis>` bases whose source bands overlap and need a manual check (reference §4.1). */
export function listNeedsManualCheck(edition: TEditionPack): string[] {
  const rows = edition.spd.filter((row) => row.needsManualCheck).map((row) => row.code);
  const bases = edition.sid.flatMap((indicator) =>
    (indicator.bases ?? []).filter((b) => b.needsManualCheck).map((b) => `${indicator.code}.${b.code}`),
  );
  return [...rows, ...bases];
}
