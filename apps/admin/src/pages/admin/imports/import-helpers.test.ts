import { describe, expect, it } from 'vitest';
import { readRefusal, templateUrl } from './import-files';
import { buildPasswordsCsv } from './passwords-sheet';
import {
  cellLevel,
  changeLines,
  columnLabel,
  expectedOf,
  filterRows,
  issueText,
  rowAction,
  type TImportReport,
  type TReportRow,
} from './report-view';

const issue = (column: string | null, code = 'X.Y') => ({
  column,
  code,
  id: `salah ${column}`,
  en: `wrong ${column}`,
});
const plain = { action: 'CREATE' as const, match: null, changes: [] };
const rows: TReportRow[] = [
  { row: 2, values: { kode: 'A' }, errors: [], warnings: [], ...plain },
  { row: 3, values: { kode: 'B' }, errors: [issue('kode')], warnings: [issue('induk')], ...plain },
  { row: 4, values: { kode: 'C' }, errors: [], warnings: [issue('induk')], ...plain },
];

describe('report view', () => {
  it('filters rows to the problems or the errors', () => {
    expect(filterRows(rows, 'all').map((r) => r.row)).toEqual([2, 3, 4]);
    expect(filterRows(rows, 'problems').map((r) => r.row)).toEqual([3, 4]);
    expect(filterRows(rows, 'errors').map((r) => r.row)).toEqual([3]);
  });

  it('marks a cell by its worst finding and names columns in the UI language', () => {
    expect(cellLevel(rows[1]!, 'kode')).toBe('error');
    expect(cellLevel(rows[1]!, 'induk')).toBe('warning');
    expect(cellLevel(rows[0]!, 'kode')).toBeNull();
    const report = {
      columns: [
        { key: 'kode', label: 'Kode singkat', hint: 'Short code', header: '', required: true, shown: true },
      ],
    } as unknown as TImportReport;
    expect(columnLabel(report, 'kode', 'id')).toBe('Kode singkat');
    expect(columnLabel(report, 'kode', 'en')).toBe('Short code');
    expect(columnLabel(report, null, 'id')).toBeNull();
    expect(issueText(issue('kode'), 'en')).toBe('wrong kode');
  });
});

describe('update or create', () => {
  const updated: TReportRow = {
    row: 5,
    values: { kode: 'DINAS-A' },
    errors: [],
    warnings: [],
    action: 'UPDATE',
    match: { entityId: 'u1', version: 3 },
    changes: [{ column: 'nama', from: 'Dinas Lama', to: 'Dinas Baru' }],
  };
  const report = {
    columns: [
      { key: 'nama', label: 'Nama unit', hint: 'Unit name', header: '', required: true, shown: true },
    ],
    rows: [...rows, updated, { ...updated, row: 6, action: 'UNCHANGED', changes: [] }],
  } as unknown as TImportReport;

  it('sends back the matched records of the preview, with their versions', () => {
    expect(expectedOf(report)).toEqual([
      { row: 5, entityId: 'u1', version: 3 },
      { row: 6, entityId: 'u1', version: 3 },
    ]);
  });

  it('tags a row by its action, and none when it has errors', () => {
    expect(rowAction(updated)).toBe('UPDATE');
    expect(rowAction(rows[0]!)).toBe('CREATE');
    expect(rowAction(rows[1]!)).toBeNull();
  });

  it('lists changes as "column: old → new" in the UI language', () => {
    expect(changeLines(report, updated, 'id')).toEqual(['Nama unit: Dinas Lama → Dinas Baru']);
    expect(changeLines(report, updated, 'en')).toEqual(['Unit name: Dinas Lama → Dinas Baru']);
  });
});

describe('import files', () => {
  it('addresses the template of each kind', () => {
    expect(templateUrl('USERS')).toBe('/imports/templates/users.xlsx');
  });

  it("reads the API's refusal in the UI language, and nothing else", () => {
    const body = JSON.stringify({
      appCode: 'IMPORT.EMPTY_FILE',
      message: 'Berkas kosong.',
      messages: { id: 'Berkas kosong.', en: 'The file is empty.' },
    });
    expect(readRefusal(body, 'en')).toEqual({ appCode: 'IMPORT.EMPTY_FILE', message: 'The file is empty.' });
    expect(readRefusal('<html>502</html>', 'id')).toBeNull();
  });
});

describe('passwords sheet', () => {
  it('writes a semicolon CSV with a BOM, quoting and no formula a spreadsheet would run', () => {
    const csv = buildPasswordsCsv(
      [
        { row: 3, email: 'a@b.id', name: 'Budi; Kepala', role: 'OPERATOR', password: 'Abcd-2345-efgh-6789' },
        { row: 4, email: 'c@d.id', name: '=HYPERLINK("x")', role: 'VIEWER', password: 'Wxyz-2345-efgh-6789' },
      ],
      ['Baris', 'Email', 'Nama', 'Peran', 'Kata sandi awal'],
    );
    expect(csv.startsWith('\uFEFFBaris;Email;Nama;Peran;Kata sandi awal\r\n')).toBe(true);
    expect(csv).toContain('3;a@b.id;"Budi; Kepala";OPERATOR;Abcd-2345-efgh-6789\r\n');
    expect(csv).toContain(`4;c@d.id;"'=HYPERLINK(""x"")";VIEWER;Wxyz-2345-efgh-6789\r\n`);
  });
});
