/** Stable codes of the problems {@link parsePortfolio} reports. */
export type TPortfolioIssueCode =
  | 'PORTFOLIO.INVALID_TYPE'
  | 'PORTFOLIO.REQUIRED'
  | 'PORTFOLIO.EMPTY_VALUE'
  | 'PORTFOLIO.UNKNOWN_KEY'
  | 'PORTFOLIO.TIER_OUT_OF_RANGE'
  | 'PORTFOLIO.INVALID_URUSAN'
  | 'PORTFOLIO.UNKNOWN_EDITION'
  | 'PORTFOLIO.UNKNOWN_SPD_ROW'
  | 'PORTFOLIO.UNKNOWN_INDICATOR'
  | 'PORTFOLIO.DUPLICATE_ID'
  | 'PORTFOLIO.INVALID_JSON'
  | 'PORTFOLIO.DUPLICATE_KEY';

/** A user-facing message, Bahasa Indonesia first and English second. */
export interface BilingualMessage {
  id: string;
  en: string;
}

/**
 * One problem in a portfolio document. `path` names the exact place in JSON-path style
 * (`innovations[3].indicators.36`; empty for the document itself).
 */
export interface PortfolioIssue {
  code: TPortfolioIssueCode;
  path: string;
  message: BilingualMessage;
  /** For problems found in the JSON text (syntax, repeated key): 1-based line and column (UTF-16 units). */
  line?: number;
  column?: number;
}

const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/** Formats a path of keys and indexes the way users read it: `innovations[3].indicators.36`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      if (PLAIN_KEY.test(name)) out += out === '' ? name : `.${name}`;
      else out += `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** Shows a received value in a message, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'tidak ada / missing';
  // JSON.stringify answers undefined for a function or a symbol, which its type does not say.
  const text = (JSON.stringify(value) as string | undefined) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Builds one issue. */
export function makePortfolioIssue(
  code: TPortfolioIssueCode,
  path: readonly PropertyKey[],
  id: string,
  en: string,
): PortfolioIssue {
  return { code, path: formatIssuePath(path), message: { id, en } };
}
