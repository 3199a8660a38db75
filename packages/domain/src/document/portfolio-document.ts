import type { TEditionPack } from '../editions/schema.ts';
import { parsePortfolio } from '../portfolio/parse-portfolio.ts';
import type { PortfolioReport } from '../portfolio/portfolio-report.ts';
import { scorePortfolio } from '../portfolio/score-portfolio.ts';
import type { DocumentResult } from './document-result.ts';
import { DEFAULT_PLAN_LIMIT, planPortfolio, type PlanReport } from './plan-report.ts';

/** Options of {@link scorePortfolioDocument}. */
export interface ScoreDocumentOptions {
  /**
   * Looks up the edition the document names. Defaults to the built-in packs (`iga-2026`, `iga-2024`,
   * `iga-2023`); pass one to also allow custom editions. An edition it does not know is an issue.
   */
  resolveEdition?: (code: string) => TEditionPack | undefined;
}

/** Options of {@link planPortfolioDocument}. */
export interface PlanDocumentOptions extends ScoreDocumentOptions {
  /** How many next actions to return, 1..9999 (default {@link DEFAULT_PLAN_LIMIT}). */
  limit?: number;
}

/**
 * Scores a portfolio document: the one call for the common job. `doc` is the parsed JSON (from `JSON.parse`,
 * or {@link parseJsonStrict} to also catch repeated keys); its own `edition` picks the rule pack, and an
 * edition the library does not know is an issue, never a fallback to another pack. Returns the report that
 * `inovda score --json` prints and `POST /api/v1/score` answers, or every problem with its path
 * (`innovations[3].indicators.36`) and an Indonesian and English message. Never throws for bad data.
 *
 * @example
 * const result = scorePortfolioDocument(JSON.parse(text));
 * if (result.ok) console.log(result.value.iid, result.value.predicate);
 * else for (const issue of result.issues) console.error(issue.path, issue.message.en);
 */
export function scorePortfolioDocument(
  doc: unknown,
  options: ScoreDocumentOptions = {},
): DocumentResult<PortfolioReport> {
  const parsed = parsePortfolio(doc, options);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  return { ok: true, value: scorePortfolio(parsed.value.edition, parsed.value.portfolio) };
}

/**
 * Plans a portfolio document (see {@link scorePortfolioDocument} for the input and the issues): the best set
 * of innovations to send and the next actions that raise the IID most. Returns what `inovda plan --json`
 * prints and `POST /api/v1/plan` answers. Throws a `RangeError` only for a `limit` outside 1..9999 (a caller bug).
 */
export function planPortfolioDocument(
  doc: unknown,
  options: PlanDocumentOptions = {},
): DocumentResult<PlanReport> {
  const limit = options.limit ?? DEFAULT_PLAN_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > 9999) {
    throw new RangeError(`planPortfolioDocument: limit must be an integer 1..9999, not ${limit}`);
  }
  const parsed = parsePortfolio(doc, options);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  return { ok: true, value: planPortfolio(parsed.value.edition, parsed.value.portfolio, limit) };
}
