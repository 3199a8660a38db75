// Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab / carriage return) as a formula, so
// text typed by an OPD could execute when the file is opened (CSV injection, OWASP). Such text cells get a
// leading apostrophe, which Excel and LibreOffice show as plain text. Numbers are left alone. The XLSX needs
// no guard: exceljs writes strings as string cells, never as formulas.
import type { Cell } from './export-cells.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
