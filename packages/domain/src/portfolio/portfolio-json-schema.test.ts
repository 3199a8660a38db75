import { describe, expect, it } from 'vitest';
import committed from '../../portfolio.schema.json';
import { buildPortfolioJsonSchema } from './portfolio-json-schema.ts';

describe('portfolio.schema.json', () => {
  it('is up to date with the zod schema (regenerate: pnpm --filter @inovda/domain schema)', () => {
    expect(committed).toEqual(buildPortfolioJsonSchema());
  });

  it('describes tiers as integers 0..3 and requires the urusan', () => {
    const schema = buildPortfolioJsonSchema() as {
      properties: {
        innovations: {
          items: { required: string[]; properties: { indicators: { additionalProperties: unknown } } };
        };
      };
    };
    const item = schema.properties.innovations.items;
    expect(item.required).toEqual(['id', 'urusan', 'indicators']);
    expect(item.properties.indicators.additionalProperties).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 3,
    });
  });
});
