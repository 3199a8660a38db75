// The commit's staleness check: the preview shows each matched record's id and version, the page sends them
// back (`expected`), and a row that would now write a record the preview did not show at that version is an
// error, so nothing is written. Inside the transaction `updateVersioned` guards the same versions again.
import type { ImportKind } from '@inovda/db';
import { cellText } from './cells.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import type { SheetTable } from './read-sheet.ts';
import { type RowMatch, type RowOutcome, rowIssue } from './report.ts';

/** A matched record as the preview saw it, for the commit's staleness check. */
export interface ExpectedRow extends RowMatch {
  row: number;
}

/**
 * Marks rows that would now write a record the preview did not show at that version: an UPDATE of a record
 * whose id or version differs from `expected`, or a CREATE where the preview had matched a record. Such a row
 * is an error, so the commit writes nothing. UNCHANGED rows write nothing and are not checked.
 */
export function markStaleRows(
  kind: ImportKind,
  table: SheetTable,
  outcomes: readonly RowOutcome<unknown>[],
  expected: readonly ExpectedRow[],
) {
  const seen = new Map(expected.map((e) => [e.row, e]));
  // The first column is the natural key's (kode, email, nama): the row's name in the message.
  const keyColumn = IMPORT_COLUMNS[kind][0]!.key;
  table.rows.forEach(({ cells }, index) => {
    const outcome = outcomes[index];
    if (!outcome || outcome.errors.length > 0) return;
    const before = seen.get(outcome.row);
    const stale =
      outcome.action === 'UPDATE'
        ? before?.entityId !== outcome.match?.entityId || before?.version !== outcome.match?.version
        : outcome.action === 'CREATE' && before !== undefined;
    if (!stale) return;
    outcome.errors.push(
      rowIssue(null, 'IMPORT.STALE_ROW', { value: cellText(cells[keyColumn] ?? null) ?? '' }),
    );
    outcome.value = undefined;
  });
}
