// Prints the portfolio JSON Schema generated from the zod schema, formatted with the repo's Prettier config.
// `pnpm --filter @inovda/domain schema` redirects it into portfolio.schema.json; a test fails when that is stale.
import * as prettier from 'prettier';
import { buildPortfolioJsonSchema } from '../src/portfolio/portfolio-json-schema.ts';

const options = (await prettier.resolveConfig('portfolio.schema.json')) ?? {};
process.stdout.write(
  await prettier.format(JSON.stringify(buildPortfolioJsonSchema()), { ...options, parser: 'json' }),
);
