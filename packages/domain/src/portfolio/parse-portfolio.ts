import { getEdition, listEditions } from '../editions/registry.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { checkPortfolioCodes } from './check-codes.ts';
import { checkPortfolioUrusan, normalisePortfolioUrusan, type UrusanCache } from './check-urusan.ts';
import { makePortfolioIssue, type PortfolioIssue } from './portfolio-issues.ts';
import { ZPortfolio, type TPortfolio } from './portfolio-schema.ts';
import { translateShapeIssues } from './translate-shape-issues.ts';

/** A portfolio that passed both validation passes, with the edition pack it names. */
export interface ParsedPortfolio {
  portfolio: TPortfolio;
  edition: TEditionPack;
}

/** Why a document is not a valid portfolio: every issue found, each with its exact path. */
export interface PortfolioError {
  code: 'PORTFOLIO.INVALID';
  issues: PortfolioIssue[];
}

/** Options of {@link parsePortfolio}. */
export interface ParsePortfolioOptions {
  /** Looks up an edition by code; defaults to the built-in packs (pass one to allow custom editions). */
  resolveEdition?: (code: string) => TEditionPack | undefined;
}

function editionCodeOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const code = (input as { edition?: unknown }).edition;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * Validates an already JSON-parsed portfolio document in two passes: the shape with {@link ZPortfolio}
 * (tiers are integers 0..3, urusan present, no unknown keys), then, against the edition it names, that every
 * SPD row and SID indicator code exists and innovation ids are unique; each urusan must be a known slug or
 * official name (returned as its slug). Problems come back as values, all at
 * once, each with its exact path (`innovations[3].indicators.36`) and an Indonesian + English message.
 */
export function parsePortfolio(
  input: unknown,
  options: ParsePortfolioOptions = {},
): Result<ParsedPortfolio, PortfolioError> {
  const resolveEdition = options.resolveEdition ?? getEdition;
  const issues: PortfolioIssue[] = [];
  const shape = ZPortfolio.safeParse(input);
  if (!shape.success) issues.push(...translateShapeIssues(shape.error.issues, input));

  const code = editionCodeOf(input);
  const edition = code === undefined ? undefined : resolveEdition(code);
  if (code !== undefined && edition === undefined) {
    const known =
      options.resolveEdition === undefined
        ? listEditions()
            .map((pack) => pack.code)
            .join(', ')
        : '';
    const hint = known === '' ? '' : ` (${known})`;
    issues.unshift(
      makePortfolioIssue(
        'PORTFOLIO.UNKNOWN_EDITION',
        ['edition'],
        `Edisi "${code}" tidak dikenal${hint === '' ? '' : `; yang tersedia${hint}`}.`,
        `Unknown edition "${code}"${hint === '' ? '' : `; available${hint}`}.`,
      ),
    );
  }
  const urusan: UrusanCache = new Map();
  issues.push(...checkPortfolioUrusan(input, urusan));
  if (shape.success && edition !== undefined) issues.push(...checkPortfolioCodes(shape.data, edition));
  if (issues.length > 0 || !shape.success || edition === undefined) {
    return err({ code: 'PORTFOLIO.INVALID', issues });
  }
  normalisePortfolioUrusan(shape.data, urusan);
  return ok({ portfolio: shape.data, edition });
}
