import { formatX100 } from '../scoring/format.ts';

/** The language numbers are written in: Indonesian '1.250.000,5', English '1,250,000.5'. */
export type NumberLanguage = 'id' | 'en';

const SEPARATORS: Readonly<Record<NumberLanguage, { group: string; decimal: string }>> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const MACHINE = /^(-?)(\d+)(?:[.,](\d+))?$/;

/**
 * A plain decimal text ('-1250000.5', as stored and as `parseIdNumber` gives it; a legacy '5,91' too) written
 * for people: '-1.250.000,5' (id), '-1,250,000.5' (en). The fraction is padded with zeros to
 * `minFractionDigits` and never rounded (the text is exact). Anything else is returned unchanged.
 */
export function formatDecimalText(text: string, lng: NumberLanguage = 'id', minFractionDigits = 0): string {
  const match = MACHINE.exec(text.trim());
  if (!match) return text;
  const [, sign = '', whole = '', fraction = ''] = match;
  const { group, decimal } = SEPARATORS[lng];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = fraction.padEnd(minFractionDigits, '0');
  return `${sign}${grouped}${digits ? `${decimal}${digits}` : ''}`;
}

/** Integer hundredths with two decimals, grouped: 125000050 -> '1.250.000,50' (id), 6501 -> '65.01' (en). */
export function formatX100Text(valueX100: number, lng: NumberLanguage = 'id'): string {
  return formatDecimalText(formatX100(valueX100), lng, 2);
}

/** A whole number grouped by thousands: 150000000 -> '150.000.000' (id), '150,000,000' (en). */
export function formatIntegerText(value: number | bigint, lng: NumberLanguage = 'id'): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`formatIntegerText: not a safe integer: ${value}`);
  }
  return formatDecimalText(value.toString(), lng);
}

/** Rupiah as written on Indonesian forms: 'Rp 150.000.000' (id), 'Rp 150,000,000' (en). */
export function formatRupiah(value: number | bigint, lng: NumberLanguage = 'id'): string {
  return `Rp ${formatIntegerText(value, lng)}`;
}
