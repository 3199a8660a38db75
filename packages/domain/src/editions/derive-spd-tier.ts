import { type ValidationIssue, createIssue } from '../issues.ts';
import { type Result, err, ok } from '../result.ts';
import { tierFromBands } from './bands.ts';
import { type BigRational, divide, parseDecimal, roundToHundredths, subtract } from './decimal.ts';
import type { TEditionPack } from './schema.ts';
import type { TDerivation } from './schema-parts.ts';

/** A raw figure: a decimal string (`'5.91'`, `'5,91'`) or a finite number. */
export type RawDecimal = string | number;

/** Raw figures of an SPD row: `t1` (T-1) and `t2` (T-2) for changes and differences, `value` for levels. */
export interface SpdRawFigures {
  readonly t1?: RawDecimal;
  readonly t2?: RawDecimal;
  readonly value?: RawDecimal;
}

/** The derived value (hundredths, rounded half away from zero) and the tier it reaches. */
export interface DerivedTier {
  readonly tier: 0 | 1 | 2 | 3;
  readonly valueX100: number;
}

const fail = (code: string, path: string[], params: ValidationIssue['params'] = {}) =>
  err(createIssue(code, path, 'ERROR', params));

function read(raw: SpdRawFigures, key: keyof SpdRawFigures): Result<BigRational, ValidationIssue> {
  const input = raw[key];
  if (input === undefined) return fail('SPD.RAW_MISSING', [key], { field: key });
  const parsed = parseDecimal(input);
  return parsed ? ok(parsed) : fail('SPD.RAW_INVALID', [key], { field: key, value: String(input) });
}

function derive(derivation: TDerivation, raw: SpdRawFigures): Result<BigRational, ValidationIssue> {
  if (derivation.kind === 'LEVEL') return read(raw, 'value');
  const t1 = read(raw, 't1');
  if (!t1.ok) return t1;
  const t2 = read(raw, 't2');
  if (!t2.ok) return t2;
  if (derivation.kind === 'DIFFERENCE') {
    return ok(
      derivation.order === 'T1_MINUS_T2' ? subtract(t1.value, t2.value) : subtract(t2.value, t1.value),
    );
  }
  // Percent change of T-1 against T-2: (T-1 - T-2) / T-2 x 100.
  const ratio = divide(subtract(t1.value, t2.value), t2.value);
  if (!ratio) return fail('SPD.DIVISION_BY_ZERO', ['t2']);
  return ok({ num: ratio.num * 100n, den: ratio.den });
}

/**
 * Derives the tier of a numeric SPD row from raw figures, exactly: e.g. row `3` takes the permits issued in
 * T-1 and T-2 and computes the % change, `5a` the decrease T-2 - T-1, `5b` the T-1 level (lower is better).
 * The derived value is rounded half away from zero to 2 decimals, then banded (tier 3 checked first).
 * Errors (values, not exceptions): `SPD.UNKNOWN_ROW`, `SPD.NOT_NUMERIC` (row has no bands), `SPD.RAW_MISSING`,
 * `SPD.RAW_INVALID`, `SPD.DIVISION_BY_ZERO` (T-2 is zero for a % change).
 */
export function deriveSpdTier(
  edition: TEditionPack,
  code: string,
  raw: SpdRawFigures,
): Result<DerivedTier, ValidationIssue> {
  const row = edition.spd.find((r) => r.code === code);
  if (!row) return fail('SPD.UNKNOWN_ROW', [], { code });
  if (!row.bands || !row.derivation) return fail('SPD.NOT_NUMERIC', [], { code });
  const value = derive(row.derivation, raw);
  if (!value.ok) return value;
  const valueX100 = Number(roundToHundredths(value.value));
  return ok({ tier: tierFromBands(row.bands, valueX100), valueX100 });
}

/**
 * Tier of indicator 33 (Kemanfaatan) for a chosen basis (`a`..`f`) and its measured value (persons, %, items
 * or periods). Errors: `SID.UNKNOWN_BASIS`, `SID.NOT_NUMERIC`, `SID.RAW_INVALID`.
 */
export function deriveKemanfaatanTier(
  edition: TEditionPack,
  basisCode: string,
  value: RawDecimal,
): Result<DerivedTier, ValidationIssue> {
  const basis = edition.sid.flatMap((i) => i.bases ?? []).find((b) => b.code === basisCode);
  if (!basis) return fail('SID.UNKNOWN_BASIS', [], { basis: basisCode });
  if (!basis.bands) return fail('SID.NOT_NUMERIC', [], { basis: basisCode });
  const parsed = parseDecimal(value);
  if (!parsed) return fail('SID.RAW_INVALID', ['value'], { value: String(value) });
  const valueX100 = Number(roundToHundredths(parsed));
  return ok({ tier: tierFromBands(basis.bands, valueX100), valueX100 });
}
