import type { PortfolioIssue } from '../portfolio/portfolio-issues.ts';

/**
 * The outcome of reading a document: its value, or every problem found, each with its path and an Indonesian
 * and English message. Problems in the data are values, never exceptions.
 */
export type DocumentResult<T> = { ok: true; value: T } | { ok: false; issues: PortfolioIssue[] };
