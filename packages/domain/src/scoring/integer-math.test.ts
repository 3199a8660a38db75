import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorDivide, roundHalfUpDivide } from './integer-math.ts';

describe('exact integer division', () => {
  it.each([
    [130010000, 20000, 6500, 6501],
    [7, 2, 3, 4],
    [5, 2, 2, 3],
    [4, 2, 2, 2],
    [0, 7, 0, 0],
    [2 ** 53 - 4, 3, 3002399751580329, 3002399751580329],
  ])('%i / %i: floor %i, half up %i', (a, b, floor, halfUp) => {
    expect(floorDivide(a, b)).toBe(floor);
    expect(roundHalfUpDivide(a, b)).toBe(halfUp);
  });

  it('agrees with bigint arithmetic', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (a, x) => {
        const b = 1 + (x % (Number.MAX_SAFE_INTEGER - a + 1 || 1)); // keeps a + b safe for floorDivide
        const exactFloor = Number(BigInt(a) / BigInt(b));
        const exactRound = Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
        return (
          (a + b > Number.MAX_SAFE_INTEGER || floorDivide(a, b) === exactFloor) &&
          roundHalfUpDivide(a, b) === exactRound
        );
      }),
    );
  });
});
