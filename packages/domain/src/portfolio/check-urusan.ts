import { closestUrusanSlug } from '../urusan/suggest-urusan.ts';
import { urusanSlugFromName } from '../urusan/urusan-name.ts';
import { describeValue, makePortfolioIssue, type PortfolioIssue } from './portfolio-issues.ts';
import type { TPortfolio } from './portfolio-schema.ts';

/** Slug per urusan value seen, `undefined` for an unknown one; one lookup per distinct value. */
export type UrusanCache = Map<string, string | undefined>;

function lookup(cache: UrusanCache, value: string): string | undefined {
  if (cache.has(value)) return cache.get(value);
  const slug = urusanSlugFromName(value);
  cache.set(value, slug);
  return slug;
}

function unknownUrusan(index: number, value: string): PortfolioIssue {
  const shown = describeValue(value);
  const closest = closestUrusanSlug(value);
  return makePortfolioIssue(
    'PORTFOLIO.INVALID_URUSAN',
    ['innovations', index, 'urusan'],
    `Urusan ${shown} tidak dikenal. Maksud Anda "${closest}"? Gunakan slug urusan (mis. "kesehatan") atau ` +
      'nama resminya (mis. "Kesehatan").',
    `Unknown urusan ${shown}. Did you mean "${closest}"? Use an urusan slug (e.g. "kesehatan") or its ` +
      'official name (e.g. "Kesehatan").',
  );
}

/**
 * Checks every non-empty string urusan of the raw document, even when other parts of its shape are wrong,
 * so all problems are reported at once. A slug or an official name ("Kesehatan", "Pekerjaan Umum dan Penataan
 * Ruang", any case and spacing) is valid; anything else is an issue naming the closest slug. Unknown values
 * must never pass: a misspelled yandas urusan ("sosal") would silently drop the count score.
 */
export function checkPortfolioUrusan(input: unknown, cache: UrusanCache): PortfolioIssue[] {
  const innovations = (input as { innovations?: unknown } | null)?.innovations;
  if (!Array.isArray(innovations)) return [];
  const issues: PortfolioIssue[] = [];
  innovations.forEach((innovation: unknown, index) => {
    const value = (innovation as { urusan?: unknown } | null)?.urusan;
    if (typeof value === 'string' && value !== '' && lookup(cache, value) === undefined) {
      issues.push(unknownUrusan(index, value));
    }
  });
  return issues;
}

/** Replaces each urusan of a valid portfolio (our parsed copy) by its slug, using the cache filled above. */
export function normalisePortfolioUrusan(portfolio: TPortfolio, cache: UrusanCache): void {
  for (const innovation of portfolio.innovations) {
    innovation.urusan = lookup(cache, innovation.urusan) ?? innovation.urusan;
  }
}
