import { z } from 'zod';

/** A tier: 0 (empty, invalid or rejected), 1, 2 or 3. A row scores weight x tier. */
export type Tier = 0 | 1 | 2 | 3;

/** A tier 0..3 as a zod schema, with an Indonesian message. */
export const ZTierValue = z
  .number({ message: 'Tingkat harus berupa angka 0..3' })
  .int('Tingkat harus bilangan bulat 0..3')
  .min(0, 'Tingkat minimal 0')
  .max(3, 'Tingkat maksimal 3');

/** True for the integers 0, 1, 2 and 3. */
export function isTier(value: unknown): value is Tier {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/**
 * Throws a RangeError unless `value` is a tier. Scoring functions call this on their inputs because a wrong
 * tier there is a bug of the caller: user data must be validated first (`ZTierValue`, the portfolio parser).
 */
export function assertTier(value: unknown, where: string): asserts value is Tier {
  if (!isTier(value)) throw new RangeError(`${where}: tier must be 0..3, got ${String(value)}`);
}
