// The XLSX template of an import kind: the data sheet (header row with Indonesian names and English hints, one
// example row, drop-down lists), "Petunjuk" (what each column takes, in both languages) and "Daftar" (the lists:
// kinds, roles, stages, urusan, and this region's unit codes and open period years).
import { Role, UnitKind, type ImportKind } from '@inovda/db';
import { URUSAN, ZBentuk, ZInisiator, ZJenis, ZKlasifikasi, ZTahapan } from '@inovda/domain';
import ExcelJS from 'exceljs';
import { type ColumnSpec, headerText, IMPORT_COLUMNS, type ListSource, SHEET_NAME } from './columns.ts';
import { MAX_IMPORT_ROWS } from './limits.ts';

export interface TemplateData {
  /** Short codes of the region's active units. */
  unitCodes: string[];
  /** Years of the region's periods that accept innovations. */
  periodYears: number[];
}

const LIST_SHEET = 'Daftar';
const HELP_SHEET = 'Petunjuk';
/** How a row finds the record it updates (the natural key; see units.ts, users.ts, innovations.ts). */
const KEY_HELP: Record<ImportKind, [string, string]> = {
  UNITS: [
    'Unit dengan kode singkat yang sudah ada diperbarui (jenis, nama, urusan, induk); sel urusan atau induk yang kosong tidak mengubah nilai tersimpan.',
    'A unit whose short code exists is updated (kind, name, urusan, parent); an empty urusan or parent cell keeps the stored value.',
  ],
  USERS: [
    'Akun dengan email yang sudah ada diperbarui: nama, peran, unit, dan bahasa saja. Kata sandi tidak pernah diubah; sel unit atau bahasa yang kosong tidak mengubah nilai tersimpan.',
    'An account whose email exists is updated: name, role, unit and language only. The password is never changed; an empty unit or language cell keeps the stored value.',
  ],
  INNOVATIONS: [
    'Inovasi dengan nama yang sama di unit dan tahun yang sama diperbarui bila masih draf atau dikembalikan; sel kosong tidak mengubah nilai tersimpan.',
    'An innovation with the same name in the same unit and year is updated while it is a draft or returned; an empty cell keeps the stored value.',
  ],
};

function listValues(source: ListSource, data: TemplateData): (string | number)[] {
  switch (source) {
    case 'unitKinds':
      return Object.values(UnitKind);
    case 'roles':
      return Object.values(Role);
    case 'locales':
      return ['id', 'en'];
    case 'units':
      return data.unitCodes;
    case 'periods':
      return data.periodYears;
    case 'urusan':
      return URUSAN.map((u) => u.label);
    case 'tahapan':
      return ZTahapan.options;
    case 'inisiator':
      return ZInisiator.options;
    case 'jenis':
      return ZJenis.options;
    case 'bentuk':
      return ZBentuk.options;
    case 'klasifikasi':
      return ZKlasifikasi.options;
  }
}

/** Worksheet.dataValidations exists at run time (exceljs 4) but is missing from its type definitions. */
interface ValidationsOwner {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function exampleOf(column: ColumnSpec, data: TemplateData): ExcelJS.CellValue {
  if (column.list === 'units' && column.key !== 'induk') return data.unitCodes[0] ?? column.example;
  if (column.list === 'periods') return data.periodYears[0] ?? column.example;
  return column.example === '' ? null : column.example;
}

function addHelpSheet(workbook: ExcelJS.Workbook, kind: ImportKind, columns: readonly ColumnSpec[]) {
  const sheet = workbook.addWorksheet(HELP_SHEET);
  sheet.columns = [{ width: 34 }, { width: 10 }, { width: 70 }, { width: 70 }];
  const max = MAX_IMPORT_ROWS[kind];
  const intro = [
    [
      `Isi satu baris per data di lembar "${SHEET_NAME[kind]}", mulai baris 3. Baris 2 adalah contoh: ganti isinya atau biarkan (baris contoh yang tidak diubah dilewati).`,
    ],
    [
      `Fill in one row per record on the "${SHEET_NAME[kind]}" sheet, from row 3. Row 2 is an example: replace it or leave it (an unchanged example row is skipped).`,
    ],
    [
      `Kolom bertanda * wajib diisi. Paling banyak ${max} baris per berkas. Semua baris diperiksa dulu; data disimpan hanya jika tidak ada baris yang salah.`,
    ],
    [
      `Columns marked * are required. At most ${max} rows per file. Every row is checked first; data is saved only when no row has an error.`,
    ],
    [KEY_HELP[kind][0]],
    [KEY_HELP[kind][1]],
    [],
  ];
  for (const line of intro) sheet.addRow(line).alignment = { wrapText: false };
  const head = sheet.addRow(['Kolom (Column)', 'Wajib (Required)', 'Isian', 'Accepted values']);
  head.font = { bold: true };
  for (const column of columns)
    sheet.addRow([headerText(column), column.required ? 'Ya / Yes' : '-', column.help.id, column.help.en]);
}

function addListSheet(workbook: ExcelJS.Workbook, sources: ListSource[], data: TemplateData) {
  const sheet = workbook.addWorksheet(LIST_SHEET);
  const ranges = new Map<ListSource, string>();
  sources.forEach((source, index) => {
    const values = listValues(source, data);
    const column = sheet.getColumn(index + 1);
    column.width = source === 'urusan' ? 60 : 22;
    sheet.getCell(1, index + 1).value = source;
    sheet.getCell(1, index + 1).font = { bold: true };
    values.forEach((value, row) => {
      sheet.getCell(row + 2, index + 1).value = value;
    });
    if (values.length > 0)
      ranges.set(source, `${LIST_SHEET}!$${column.letter}$2:$${column.letter}$${values.length + 1}`);
  });
  if (sources.includes('urusan')) {
    // The slugs beside the names: either is accepted.
    const at = sources.length + 1;
    sheet.getCell(1, at).value = 'kode urusan';
    sheet.getCell(1, at).font = { bold: true };
    sheet.getColumn(at).width = 44;
    URUSAN.forEach((u, row) => {
      sheet.getCell(row + 2, at).value = u.slug;
    });
  }
  return ranges;
}

/** The template workbook of `kind` as XLSX bytes. */
export async function buildTemplate(kind: ImportKind, data: TemplateData, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Inovda';
  workbook.created = now;
  const columns = IMPORT_COLUMNS[kind];
  const sheet = workbook.addWorksheet(SHEET_NAME[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? 20 }));
  const header = sheet.addRow(columns.map(headerText));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  });
  const example = sheet.addRow(columns.map((c) => exampleOf(c, data)));
  example.font = { italic: true, color: { argb: 'FF666666' } };
  columns.forEach((c, i) => {
    if (c.date) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });

  addHelpSheet(workbook, kind, columns);
  const sources = [...new Set(columns.flatMap((c) => (c.list ? [c.list] : [])))];
  const ranges = addListSheet(workbook, sources, data);
  const last = MAX_IMPORT_ROWS[kind] + 1;
  const validations = (sheet as unknown as ValidationsOwner).dataValidations;
  columns.forEach((column, i) => {
    const range = column.list ? ranges.get(column.list) : undefined;
    if (!range) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      // A unit code may name a unit imported in the same session, so those lists only warn.
      errorStyle: column.strictList ? 'stop' : 'warning',
      errorTitle: 'Inovda',
      error: 'Pilih dari daftar / choose from the list.',
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
