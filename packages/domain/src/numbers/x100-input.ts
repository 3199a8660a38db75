/**
 * Hundredths (scores, weights, cuts) as a person types them into a form field and as the field shows them
 * again: no thousands grouping, either a comma or a point before at most two decimals. Exact: integer
 * arithmetic on the digits, never a float.
 */

/** What a form accepts. */
export interface X100InputOptions {
  /** A leading '-' is accepted. Default true. */
  readonly allowNegative?: boolean;
  /** Most digits before the decimal separator. Default 9. */
  readonly maxWholeDigits?: number;
}

/** A typed score (a maturity, an IID): at most three whole digits, no sign ('90', '90,5', '111'). */
export const SCORE_INPUT: X100InputOptions = { allowNegative: false, maxWholeDigits: 3 };

/**
 * Typed text in exact hundredths: '90,5' -> 9050, '0.05' -> 5, '-50.32' -> -5032, '3' -> 300. Null for anything
 * else: a third decimal, letters, grouping, a sign where `allowNegative` is false, too many whole digits.
 */
export function parseX100Input(text: string, options: X100InputOptions = {}): number | null {
  const { allowNegative = true, maxWholeDigits = 9 } = options;
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole.length > maxWholeDigits || (sign === '-' && !allowNegative)) return null;
  const x100 = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -x100 : x100;
}

/**
 * Hundredths as the text of a form field, with `decimal` as the separator. By default trailing zeros go
 * (75 -> '0,75', 50 -> '0,5', 300 -> '3'); `fixed` keeps both decimals (9050 -> '90,50', 300 -> '3,00').
 */
export function formatX100Input(x100: number, decimal: ',' | '.', options: { fixed?: boolean } = {}): string {
  if (!Number.isSafeInteger(x100)) throw new RangeError(`formatX100Input: not an integer: ${x100}`);
  const sign = x100 < 0 ? '-' : '';
  const abs = Math.abs(x100);
  const whole = Math.trunc(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  if (options.fixed) return `${sign}${whole}${decimal}${fraction}`;
  return fraction === '00' ? `${sign}${whole}` : `${sign}${whole}${decimal}${fraction.replace(/0$/, '')}`;
}
