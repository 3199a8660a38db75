/** An exact rational number with a positive bigint denominator. */
export interface BigRational {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Parses a decimal figure exactly: `'5.91'`, `'5,91'` (Indonesian comma), `'-50.32'`, `'1e-7'`, or a finite
 * JavaScript number (read through its shortest round-trip text, so `0.1` is exactly one tenth). Returns
 * `undefined` for anything else (empty strings, thousands separators, NaN, Infinity).
 */
export function parseDecimal(input: string | number): BigRational | undefined {
  if (typeof input === 'number' && !Number.isFinite(input)) return undefined;
  const match = DECIMAL.exec(String(input).trim());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exp = Number(exponent);
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den *= 10n ** BigInt(-exp);
  return { num: sign === '-' ? -num : num, den };
}

/** a - b, exact. */
export function subtract(a: BigRational, b: BigRational): BigRational {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** a / b, exact; `undefined` when b is zero. */
export function divide(a: BigRational, b: BigRational): BigRational | undefined {
  if (b.num === 0n) return undefined;
  const num = a.num * b.den;
  const den = a.den * b.num;
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/**
 * Hundredths of a rational, rounded half away from zero (the way a spreadsheet's ROUND(x, 2) rounds):
 * 2.345 -> 235, -2.345 -> -235.
 */
export function roundToHundredths(value: BigRational): bigint {
  const magnitude = value.num < 0n ? -value.num : value.num;
  const rounded = (magnitude * 200n + value.den) / (2n * value.den);
  return value.num < 0n ? -rounded : rounded;
}
