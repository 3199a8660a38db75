// Reads an import file into rows keyed by column: an XLSX through exceljs, a CSV through exceljs' CSV reader
// (fast-csv) after decoding the text (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 as the
// "CSV (Comma delimited)" of Excel writes it) and finding its separator (`;` from Excel in id-ID, `,`, tab).
// The header row is matched by column label, English hint or key, so a hand-made file works too.
import { Readable } from 'node:stream';
import type { ImportFormat, ImportKind } from '@inovda/db';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { type CellValue, cellText, plainCell } from './cells.ts';
import { EXAMPLE_KEY, IMPORT_COLUMNS, SHEET_NAME, type ColumnSpec } from './columns.ts';
import { MAX_IMPORT_ROWS } from './limits.ts';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based, header included). */
  row: number;
  cells: Readonly<Record<string, CellValue>>;
}

export interface SheetTable {
  rows: SheetRow[];
  /** Header cells that match no column (ignored). */
  unknownHeaders: string[];
  /** The template's example row, left unchanged and therefore skipped. */
  skippedExampleRow: number | null;
}

const HEADER_SEARCH_ROWS = 10;
const TEMPLATE_SHEETS = new Set(['petunjuk', 'daftar']);

/** Lower case, bracketed hints and `*` removed, punctuation to spaces: "Kode singkat * (Short code)" -> "kode singkat". */
function normaliseHeader(text: string): string {
  return text
    .toLocaleLowerCase('id')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function headerNames(column: ColumnSpec): string[] {
  return [column.key, column.label, column.hint].map(normaliseHeader);
}

function matchHeader(columns: readonly ColumnSpec[], text: string): ColumnSpec | undefined {
  const normal = normaliseHeader(text);
  const hint = /\(([^)]*)\)/.exec(text)?.[1];
  return (
    columns.find((column) => headerNames(column).includes(normal)) ??
    (hint ? columns.find((column) => normaliseHeader(column.hint) === normaliseHeader(hint)) : undefined)
  );
}

// Windows-1252 at 0x80..0x9F (where it differs from Latin-1). Node's TextDecoder('windows-1252') decodes these
// bytes as Latin-1 control characters, which would turn Excel's en dash and curly quotes into nothing.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** The separator of the first non-empty line: the most frequent of `;`, `,` and tab outside quotes. */
function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

async function loadCsv(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const text = decodeText(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    return await workbook.csv.read(Readable.from([text]), {
      // Keep every value as text; the row rules decide what a number or a date is.
      map: (value: unknown) => value,
      // Blank lines stay (as empty rows, skipped later) so row numbers match what a spreadsheet shows.
      parserOptions: { delimiter: detectDelimiter(text), quote: '"', ignoreEmpty: false },
    });
  } catch (error) {
    throw new AppError('IMPORT.UNREADABLE', { reason: error instanceof Error ? error.message : 'csv' });
  }
}

async function loadXlsx(bytes: Uint8Array, kind: ImportKind): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('IMPORT.UNREADABLE', { reason: 'xlsx' });
  }
  const sheet =
    workbook.getWorksheet(SHEET_NAME[kind]) ??
    workbook.worksheets.find(
      (ws) => ws.state === 'visible' && !TEMPLATE_SHEETS.has(ws.name.toLocaleLowerCase('id')),
    );
  if (!sheet) throw new AppError('IMPORT.NO_ROWS');
  return sheet;
}

/** Column number (1-based) -> column, from the first of the top rows that names at least one column. */
function findHeader(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[]) {
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row++) {
    const byIndex = new Map<number, ColumnSpec>();
    const unknown: string[] = [];
    sheet.getRow(row).eachCell((cell, index) => {
      const text = cellText(plainCell(cell.value));
      if (!text) return;
      const column = matchHeader(columns, text);
      if (column && ![...byIndex.values()].includes(column)) byIndex.set(index, column);
      else unknown.push(text);
    });
    if (byIndex.size > 0) return { row, byIndex, unknown };
  }
  return null;
}

/**
 * The data rows of an import file (blank rows dropped), or an AppError for the file as a whole: no header,
 * missing required columns, no rows, more rows than the kind's cap.
 */
export async function readImportTable(
  bytes: Uint8Array,
  format: ImportFormat,
  kind: ImportKind,
): Promise<SheetTable> {
  const columns = IMPORT_COLUMNS[kind];
  const sheet = format === 'XLSX' ? await loadXlsx(bytes, kind) : await loadCsv(bytes);
  const header = findHeader(sheet, columns);
  const found = new Set(header?.byIndex.values() ?? []);
  const missing = columns.filter((column) => column.required && !found.has(column));
  if (!header || missing.length > 0) {
    const list = (header ? missing : columns.filter((c) => c.required)).map((c) => c.label).join(', ');
    throw new AppError('IMPORT.MISSING_COLUMNS', { columns: list });
  }
  const exampleKey = EXAMPLE_KEY[kind];
  const example = columns.find((c) => c.key === exampleKey)?.example;
  const rows: SheetRow[] = [];
  let skippedExampleRow: number | null = null;
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber <= header.row) return;
    const cells: Record<string, CellValue> = {};
    let filled = false;
    for (const [index, column] of header.byIndex) {
      const value = plainCell(excelRow.getCell(index).value);
      cells[column.key] = value;
      if (value !== null) filled = true;
    }
    if (!filled) return;
    if (skippedExampleRow === null && rows.length === 0 && cells[exampleKey] === example) {
      skippedExampleRow = rowNumber;
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw new AppError('IMPORT.NO_ROWS');
  const max = MAX_IMPORT_ROWS[kind];
  if (rows.length > max) throw new AppError('IMPORT.TOO_MANY_ROWS', { rows: rows.length, max });
  return { rows, unknownHeaders: header.unknown, skippedExampleRow };
}
