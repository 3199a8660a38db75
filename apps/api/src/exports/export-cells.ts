// The cells of the exported tables, typed so the XLSX holds real numbers and dates (Excel sorts and sums them,
// and shows them in the reader's regional format: '1.250.000,50' and '01/02/2025' in Indonesian Excel) and the
// CSV writes them the way Excel in the Indonesian locale reads them. CSV decision (Excel-ID, not machine):
// ';' separator, UTF-8 with BOM, decimal comma without thousands grouping ('46,50', '15000000'), dates ISO
// ('2025-02-01', read as dates by Excel in every locale and by any program).
import { formatX100 } from '@inovda/domain';

/** A decimal number: its value for the XLSX with an Excel format, and its exact text ('46.50'). */
export interface NumberCell {
  readonly number: number;
  readonly numFmt: string;
  readonly text: string;
}

export type Cell = string | number | Date | NumberCell;

const DECIMAL_FORMAT = '#,##0.00';
const RUPIAH_FORMAT = '"Rp" #,##0';
const DATE_FORMAT = 'dd/mm/yyyy';

/** Integer hundredths (a score, a weight) as a number with two decimals. */
export function x100Cell(valueX100: number): NumberCell {
  return { number: valueX100 / 100, numFmt: DECIMAL_FORMAT, text: formatX100(valueX100) };
}

/** An exact decimal text of the domain ('65.01', a rounded average or total) as a number with two decimals. */
export function decimalCell(text: string): NumberCell {
  return { number: Number(text), numFmt: DECIMAL_FORMAT, text };
}

/** An amount in whole rupiah. */
export function rupiahCell(amount: number): NumberCell {
  return { number: amount, numFmt: RUPIAH_FORMAT, text: String(amount) };
}

function isNumberCell(cell: Cell): cell is NumberCell {
  return typeof cell === 'object' && !(cell instanceof Date);
}

/** The value exceljs writes into an XLSX cell, and its number format when it has one. */
export function xlsxValue(cell: Cell): { value: string | number | Date; numFmt?: string } {
  if (cell instanceof Date) return { value: cell, numFmt: DATE_FORMAT };
  if (isNumberCell(cell)) return { value: cell.number, numFmt: cell.numFmt };
  return { value: cell };
}

/** The text of a cell in the Excel-ID CSV (see the head of this file). */
export function csvValue(cell: Cell): string | number {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isNumberCell(cell)) return cell.text.replace('.', ',');
  return cell;
}

/** What a person reads in the cell, for column widths. */
export function displayLength(cell: Cell | undefined): number {
  if (cell === undefined) return 0;
  if (cell instanceof Date) return 10;
  return String(isNumberCell(cell) ? cell.text : cell).length + (isNumberCell(cell) ? 3 : 0);
}
