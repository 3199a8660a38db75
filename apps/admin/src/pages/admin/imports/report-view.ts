// What the preview shows of an import report: rows filtered to the problems when asked, each row's issues per
// column, and the message of an issue in the UI language (the API sends both).
import type { TLanguage } from '../../../i18n/languages';
import type { TRouterOutputs } from '../../../lib/trpc';

export type TImportReport = TRouterOutputs['import']['preview'];
export type TReportRow = TImportReport['rows'][number];
export type TReportIssue = TReportRow['errors'][number];

export type TRowFilter = 'all' | 'problems' | 'errors';

export function filterRows(rows: readonly TReportRow[], filter: TRowFilter): TReportRow[] {
  if (filter === 'errors') return rows.filter((r) => r.errors.length > 0);
  if (filter === 'problems') return rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0);
  return [...rows];
}

export function issueText(issue: TReportIssue, lng: TLanguage): string {
  return lng === 'en' ? issue.en : issue.id;
}

/** The worst finding of a cell: 'error', 'warning' or null. */
export function cellLevel(row: TReportRow, column: string): 'error' | 'warning' | null {
  if (row.errors.some((i) => i.column === column)) return 'error';
  if (row.warnings.some((i) => i.column === column)) return 'warning';
  return null;
}

/** The column's name for an issue line ("Kode induk: ..."), Indonesian or its English hint; null for the row. */
export function columnLabel(report: TImportReport, column: string | null, lng: TLanguage): string | null {
  if (column === null) return null;
  const found = report.columns.find((c) => c.key === column);
  if (!found) return column;
  return lng === 'en' ? found.hint : found.label;
}

export type TImportMode = TImportReport['mode'];
export type TRowAction = NonNullable<TReportRow['action']>;
export const IMPORT_MODES = ['UPSERT', 'CREATE_ONLY'] as const satisfies readonly TImportMode[];

/** The records the preview matched, sent back with the commit so a record changed meanwhile stops it. */
export function expectedOf(report: TImportReport): { row: number; entityId: string; version: number }[] {
  return report.rows.flatMap((r) => (r.match ? [{ row: r.row, ...r.match }] : []));
}

/** The tag of a row's action; rows with errors show no action (they will not be written). */
export function rowAction(row: TReportRow): TRowAction | null {
  return row.errors.length > 0 ? null : row.action;
}

/** A row's changes as "Column: old → new" lines, column names in the UI language. */
export function changeLines(report: TImportReport, row: TReportRow, lng: TLanguage): string[] {
  return row.changes.map(
    (change) => `${columnLabel(report, change.column, lng) ?? change.column}: ${change.from} → ${change.to}`,
  );
}
