import { roundHalfUpDivide } from './integer-math.ts';

/** An exact non-negative rational in points (not hundredths): `{ num: 640, den: 12 }` reduced to `160/3`. */
export interface Rational {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms with a positive denominator; both must be safe integers and den non-zero. */
export function makeRational(num: number, den: number): Rational {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`rational: invalid ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const divisor = gcd(num, den) || 1;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/**
 * value x 10^decimals rounded half away from zero, as a bigint (exact for any safe num/den): the integer
 * behind a spreadsheet's ROUND(value, decimals).
 */
export function roundRationalScaled(value: Rational, decimals: number): bigint {
  const scaledNum = Math.abs(value.num) * 10 ** decimals;
  // Doubles are exact here while every intermediate stays a safe integer (the usual case).
  if (Number.isSafeInteger(2 * scaledNum + value.den)) {
    const rounded = roundHalfUpDivide(scaledNum, value.den);
    return BigInt(value.num < 0 ? -rounded : rounded);
  }
  const num = BigInt(value.num) * 10n ** BigInt(decimals);
  const den = BigInt(value.den);
  const magnitude = num < 0n ? -num : num;
  const rounded = (2n * magnitude + den) / (2n * den);
  return num < 0n ? -rounded : rounded;
}

/** Decimal text of a rational rounded half away from zero: `formatRational({ num: 160, den: 3 }, 2)` = '53.33'. */
export function formatRational(value: Rational, decimals = 2): string {
  return formatScaled(roundRationalScaled(value, decimals), decimals);
}

/** Text of an integer that counts units of 10^-decimals: (6501n, 2) -> '65.01', (-5n, 2) -> '-0.05'. */
export function formatScaled(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}
