// The XLSX workbook of the national form (sheets Inovasi, SPD, Ringkasan) and the CSV of the Inovasi sheet,
// both written by exceljs. Numbers and dates are real cells with formats (export-cells.ts). CSV: UTF-8 with a
// BOM and `;` as the separator, because Excel in the Indonesian locale uses the comma as the decimal mark and
// opens `;`-separated files into columns directly; its numbers are written with that decimal comma.
import { PREDICATE_LABELS, type RegionScore, scoreRowX100 } from '@inovda/domain';
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './csv-safety.ts';
import { type Cell, csvValue, decimalCell, displayLength, x100Cell, xlsxValue } from './export-cells.ts';
import { buildInnovationTable, type Table } from './innovation-table.ts';
import type { PackageData } from './load-package.ts';

const CSV_DELIMITER = ';';
const SHEET_NAMES = { innovations: 'Inovasi', spd: 'SPD', summary: 'Ringkasan' } as const;

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: Table): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    const cells = row.map(xlsxValue);
    const added = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      if (cell.numFmt) added.getCell(index + 1).numFmt = cell.numFmt;
    });
  }
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(...[table.header, ...table.rows].map((row) => displayLength(row[index])));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return sheet;
}

function spdTable(data: PackageData): Table {
  const header = ['Kode', 'Indikator', 'Variabel', 'Bobot', 'Tingkat', 'Parameter', 'Nilai'];
  const rows: Cell[][] = data.pack.spd.map((row) => {
    const tier = data.spdTiers[row.code] ?? 0;
    const option = row.options.find((o) => o.tier === tier);
    return [
      row.code,
      row.name,
      row.variable,
      x100Cell(row.weightX100),
      tier,
      option?.text ?? '',
      x100Cell(scoreRowX100(row.weightX100, tier)),
    ];
  });
  return { header, rows };
}

function scoreRows(label: string, score: RegionScore): Cell[][] {
  return [
    [`${label}: nilai SPD`, x100Cell(score.spdX100)],
    [`${label}: rata-rata kematangan (pembagi ${score.divisor})`, decimalCell(score.averageMaturityText)],
    [`${label}: nilai jumlah inovasi`, x100Cell(score.countScoreX100)],
    [`${label}: nilai SID`, decimalCell(score.sidText)],
    [`${label}: total`, decimalCell(score.totalText)],
    [`${label}: IID`, x100Cell(score.iidX100)],
    [`${label}: predikat`, PREDICATE_LABELS[score.predicate]],
  ];
}

function summaryTable(data: PackageData): Table {
  return {
    header: ['Uraian', 'Nilai'],
    rows: [
      ['Pemerintah daerah', `${data.region.name} (${data.region.code})`],
      ['Periode', `${data.period.name} (${data.period.year})`],
      ['Edisi aturan', data.pack.code],
      ['Jumlah inovasi dikirim', data.innovations.length],
      ['Urusan pelayanan dasar terpenuhi', data.verified.yandasCovered],
      ...scoreRows('Terverifikasi', data.verified),
      ...scoreRows('Klaim', data.claimed),
    ],
  };
}

/** The national form workbook of the package. */
function buildWorkbook(data: PackageData, createdAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Inovda';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  addTableSheet(workbook, SHEET_NAMES.innovations, buildInnovationTable(data));
  addTableSheet(workbook, SHEET_NAMES.spd, spdTable(data));
  addTableSheet(workbook, SHEET_NAMES.summary, summaryTable(data));
  return workbook;
}

export async function writeXlsx(data: PackageData, createdAt: Date): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(data, createdAt).xlsx.writeBuffer());
}

/**
 * The Inovasi sheet as CSV (UTF-8 with BOM, `;`-separated, RFC 4180 quoting by exceljs/fast-csv); text that
 * a spreadsheet would run as a formula is neutralised (csv-safety.ts) before numbers become their Excel-ID text
 * (a '-0,50' is a number, not a formula). Written as text cells, so exceljs adds no formatting of its own.
 */
export async function writeInnovationsCsv(data: PackageData): Promise<Buffer> {
  const table = buildInnovationTable(data);
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, SHEET_NAMES.innovations, {
    header: table.header,
    rows: table.rows.map((row) => row.map((cell): Cell => csvValue(neutralizeFormula(cell)))),
  });
  const csv = await workbook.csv.writeBuffer({
    sheetName: SHEET_NAMES.innovations,
    formatterOptions: { delimiter: CSV_DELIMITER, writeBOM: true, quote: '"' },
  });
  return Buffer.from(csv);
}
