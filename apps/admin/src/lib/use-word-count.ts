import { countWords } from '@inovda/domain';
import { useDeferredValue, useMemo } from 'react';

export interface TWordSummary<K extends string> {
  perSection: Record<K, number>;
  total: number;
  min: number;
  /** Words still missing to reach `min` (0 once reached). */
  remaining: number;
  enough: boolean;
}

/** Counts words per section and in total (the domain's rule: the sections together need `min` words). */
export function summarizeWords<K extends string>(
  sections: Partial<Record<K, string | null | undefined>>,
  keys: readonly K[],
  min: number,
): TWordSummary<K> {
  const perSection = {} as Record<K, number>;
  let total = 0;
  for (const key of keys) {
    const count = countWords(sections[key] ?? '');
    perSection[key] = count;
    total += count;
  }
  return { perSection, total, min, remaining: Math.max(0, min - total), enough: total >= min };
}

/**
 * Live word counts of a multi-section text. Counting is deferred (React's `useDeferredValue`), so a long text
 * never makes typing lag on a slow phone; the numbers catch up a moment later.
 */
export function useWordCount<K extends string>(
  sections: Partial<Record<K, string | null | undefined>> | undefined,
  keys: readonly K[],
  min: number,
): TWordSummary<K> {
  const deferred = useDeferredValue(sections);
  return useMemo(() => summarizeWords(deferred ?? {}, keys, min), [deferred, keys, min]);
}
