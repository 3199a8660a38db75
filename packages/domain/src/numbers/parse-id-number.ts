import type { BigRational } from '../editions/decimal.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { type Result, err, ok } from '../result.ts';

/** A number read from what a person typed: canonical machine text (`'-1250000.5'`) and its exact value. */
export interface ParsedNumber {
  /** Plain decimal text: optional '-', digits, optional '.' and fraction digits; no trailing fraction zeros. */
  readonly text: string;
  readonly value: BigRational;
}

export interface ParseNumberOptions {
  /** Most digits allowed after the decimal comma (trailing zeros do not count); 0 for whole numbers. */
  readonly maxDecimals?: number;
  /** Default true. */
  readonly allowNegative?: boolean;
  /**
   * The writing convention, that of the screen's language: 'id' (default) reads '.' as thousands and ',' as
   * decimals; 'en' the other way round. Messages and suggestions follow it.
   */
  readonly lng?: 'id' | 'en';
}

/** Swaps '.' and ',' (English writing to Indonesian and back). */
const swapSeparators = (text: string) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

const fail = (code: string, value: string, params: Record<string, string | number> = {}) =>
  err(createIssue(code, [], 'ERROR', { value, ...params }));

const DIGITS = /^\d+$/;
const ID_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2212']);

/** Splits off a leading sign and an `Rp` / `Rp.` prefix (either order); at most one sign. */
function stripSignAndCurrency(input: string): { negative: boolean; body: string } | null {
  const match = /^([+\-\u2212]?)\s*(?:rp\.?\s*)?([+\-\u2212]?)\s*(.*)$/i.exec(input);
  if (!match) return null;
  const [, before = '', after = '', body = ''] = match;
  if (before && after) return null;
  const sign = before || after;
  return { negative: sign === '-' || sign === '\u2212', body };
}

/** The integer part's digits when it is plain or grouped the Indonesian way ('1.250.000'), else null. */
function idWhole(part: string): string | null {
  if (DIGITS.test(part)) return part;
  return ID_GROUPED.test(part) ? part.replaceAll('.', '') : null;
}

/** Reads digits, dots and commas by the Indonesian convention; the other convention is refused, not guessed. */
function readBody(body: string, raw: string): Result<{ whole: string; fraction: string }, ValidationIssue> {
  const commas = body.split(',').length - 1;
  if (!/^\d[\d.,]*$/.test(body) || !/\d$/.test(body)) return fail('NUMBER.INVALID', raw);
  if (commas === 0) {
    const whole = idWhole(body);
    if (whole !== null) return ok({ whole, fraction: '' });
    // '5.91': a decimal point in the English way. Refused: '2.012' is two thousand and twelve here.
    if (/^\d+\.\d+$/.test(body)) return fail('NUMBER.AMBIGUOUS', raw, { suggestion: body.replace('.', ',') });
    return fail('NUMBER.GROUPING', raw);
  }
  if (commas === 1) {
    const [wholePart = '', fraction = ''] = body.split(',');
    if (DIGITS.test(fraction)) {
      const whole = idWhole(wholePart);
      return whole === null ? fail('NUMBER.GROUPING', raw) : ok({ whole, fraction });
    }
  }
  // English grouping ('1,250,000', '1,250,000.50', '1,250.5'): suggest the Indonesian writing.
  const [enWhole = '', enFraction] = body.split('.');
  if (
    body.split('.').length <= 2 &&
    EN_GROUPED.test(enWhole) &&
    (enFraction === undefined || DIGITS.test(enFraction))
  ) {
    const suggestion = enWhole.replaceAll(',', '.') + (enFraction === undefined ? '' : `,${enFraction}`);
    return fail('NUMBER.AMBIGUOUS', raw, { suggestion });
  }
  return fail('NUMBER.INVALID', raw);
}

/**
 * Reads a number as Indonesians write it: `.` groups thousands, `,` marks decimals ('2.012' is 2012,
 * '1.250.000,50', '12,5'). Accepts what people actually type around it: an `Rp` prefix, spaces (also as
 * thousands separators, '1 250 000'), a sign ('-', '+', '−'). Never guesses: a point that cannot group
 * thousands ('5.91') or English grouping ('1,250,000') is NUMBER.AMBIGUOUS with the Indonesian writing as
 * `suggestion`; '-' alone is NUMBER.DASH (a table's "nil", not zero); exponents, '%' and letters are
 * NUMBER.INVALID; dots not grouping by three are NUMBER.GROUPING; nothing typed is NUMBER.EMPTY.
 * Options add NUMBER.NOT_WHOLE / NUMBER.TOO_MANY_DECIMALS (`maxDecimals`) and NUMBER.NEGATIVE.
 */
export function parseIdNumber(
  input: string,
  options: ParseNumberOptions = {},
): Result<ParsedNumber, ValidationIssue> {
  const raw = input.trim();
  if (DASHES.has(raw)) return fail('NUMBER.DASH', raw);
  const parts = stripSignAndCurrency(raw);
  if (!parts) return fail('NUMBER.INVALID', raw);
  const english = options.lng === 'en';
  // Spaces between digit groups ('1 250 000', also no-break spaces) group thousands like dots.
  const body = (english ? swapSeparators(parts.body) : parts.body).replace(
    /(\d)[\s\u00a0\u202f]+(?=\d)/g,
    '$1.',
  );
  if (body === '') return parts.negative ? fail('NUMBER.DASH', raw) : fail('NUMBER.EMPTY', raw);
  const read = readBody(body, raw);
  if (!read.ok) {
    const suggestion = read.error.params.suggestion;
    if (!english || typeof suggestion !== 'string') return read;
    return fail(read.error.code, raw, { suggestion: swapSeparators(suggestion) });
  }
  const whole = read.value.whole.replace(/^0+(?=\d)/, '');
  const fraction = read.value.fraction.replace(/0+$/, '');
  const { maxDecimals, allowNegative = true } = options;
  if (maxDecimals !== undefined && fraction.length > maxDecimals) {
    return maxDecimals === 0
      ? fail('NUMBER.NOT_WHOLE', raw)
      : fail('NUMBER.TOO_MANY_DECIMALS', raw, { max: maxDecimals });
  }
  const zero = /^0+$/.test(whole + fraction);
  const negative = parts.negative && !zero;
  if (negative && !allowNegative) return fail('NUMBER.NEGATIVE', raw);
  const magnitude = BigInt(whole + fraction);
  return ok({
    text: `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`,
    value: { num: negative ? -magnitude : magnitude, den: 10n ** BigInt(fraction.length) },
  });
}
