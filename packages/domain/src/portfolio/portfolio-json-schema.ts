import { z } from 'zod';
import { ZPortfolio } from './portfolio-schema.ts';

/**
 * The JSON Schema (draft 2020-12) of the portfolio document, generated from {@link ZPortfolio} so the two
 * never drift. It checks the shape only: whether a code exists depends on the edition, which a JSON
 * Schema cannot express, so tools should still run `inovda score` (or {@link parsePortfolio}) for that.
 * Published as `@inovda/domain/portfolio.schema.json`; regenerate with `pnpm --filter @inovda/domain schema`.
 */
export function buildPortfolioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ZPortfolio, { target: 'draft-2020-12', io: 'input' });
}
