// Cell values as a spreadsheet gives them (text, numbers, Excel dates, rich text, hyperlinks, formulas) turned
// into the plain values a row needs. Indonesian habits are accepted: 31/03/2025 dates, 15.000.000 rupiah and
// -6,75 decimals (Excel in the id-ID locale writes these in CSV files).
import type ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | Date | null;

/** A plain value for an exceljs cell value; empty text is null. */
export function plainCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainCell(value.richText.map((part) => part.text).join(''));
  // A hyperlink (Excel turns typed emails and URLs into links): the text shown, else the target.
  if ('hyperlink' in value) {
    const shown = plainCell(value.text);
    return shown ?? plainCell(value.hyperlink.replace(/^mailto:/i, ''));
  }
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  if ('error' in value) return value.error;
  return null;
}

/** ISO date (YYYY-MM-DD) of a date cell, or the date's text as given. */
function isoOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The cell as text: numbers without grouping, dates as YYYY-MM-DD, null when empty. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoOfDate(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim() || null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function validIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return isoOfDate(date);
}

/**
 * A date as YYYY-MM-DD: an Excel date cell, an Excel serial number, `2025-03-31`, or day-first `31/03/2025`
 * (also with `-` or `.`), as Indonesian spreadsheets write it. `undefined` when the text is not a date.
 */
export function cellDate(value: CellValue | undefined): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoOfDate(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return undefined;
    return isoOfDate(new Date(EXCEL_EPOCH_MS + value * DAY_MS));
  }
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return validIso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])) ?? undefined;
  return undefined;
}

/**
 * A whole number: a number cell, or text like `15000000`, `15.000.000`, `15,000,000`, `Rp 15.000.000,00`.
 * `undefined` when it is not one.
 */
export function cellInteger(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/^rp\.?/i, '').replace(/\s/g, '');
  text = text.replace(/,0+$/, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replaceAll('.', '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(text)) text = text.replaceAll(',', '');
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** A decimal number: a number cell, or text with `.` or a decimal comma (`-6,75`). */
export function cellDecimal(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s/g, '');
  const normal = !text.includes('.') && /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

/** Items of a list cell, separated by `;`, `|` or line breaks (commas stay: urusan names contain them). */
export function cellList(value: CellValue | undefined): string[] {
  const text = cellText(value);
  if (!text) return [];
  return text
    .split(/[;|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
