import type { TEditionPack } from './schema.ts';
import type { TConfidence } from './schema-parts.ts';

/** How sure a pack's values are: how many carry each confidence, and which sources they cite. */
export interface ProvenanceSummary {
  readonly counts: Readonly<Record<TConfidence, number>>;
  /** Source keys cited anywhere in the pack, sorted (reference keys like `C1`, or a Pemda's own reference). */
  readonly sources: readonly string[];
}

type Node = { confidence?: unknown; source?: unknown };

function walk(node: unknown, counts: Record<TConfidence, number>, sources: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, counts, sources);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const value = node as Node;
  if (
    value.confidence === 'CONFIRMED' ||
    value.confidence === 'SECONDARY' ||
    value.confidence === 'UNCONFIRMED'
  )
    counts[value.confidence] += 1;
  if (Array.isArray(value.source))
    for (const key of value.source) if (typeof key === 'string') sources.add(key);
  for (const child of Object.values(node)) walk(child, counts, sources);
}

/**
 * Counts the pack's sourced values (the edition, SPD rows, SID indicators, bases, evidence rules, constants) by
 * confidence and lists the sources they cite: the summary an ADMIN sees before choosing or cloning an edition.
 */
export function summarizeProvenance(edition: TEditionPack): ProvenanceSummary {
  const counts: Record<TConfidence, number> = { CONFIRMED: 0, SECONDARY: 0, UNCONFIRMED: 0 };
  const sources = new Set<string>();
  walk(edition, counts, sources);
  return { counts, sources: [...sources].sort() };
}
