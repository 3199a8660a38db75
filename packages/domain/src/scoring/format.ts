import { formatScaled } from './rational.ts';

/** Text of a value in integer hundredths: 6501 -> '65.01', 7600 -> '76.00', -50 -> '-0.50'. */
export function formatX100(valueX100: number): string {
  if (!Number.isSafeInteger(valueX100)) throw new RangeError(`formatX100: not an integer: ${valueX100}`);
  return formatScaled(BigInt(valueX100), 2);
}

/**
 * A value in integer hundredths as a JSON number (6501 -> 65.01). For output only: the division yields the
 * double nearest to the decimal, and JSON prints exactly that decimal; never feed the result back into scoring.
 */
export function x100ToNumber(valueX100: number): number {
  return valueX100 / 100;
}
