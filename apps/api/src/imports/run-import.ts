// The two steps of an import. Preview: read the stored file and check every row, write nothing. Commit: read
// and check again inside ONE transaction (the region's data may have changed since the preview) and, only if
// no row has an error, write every row with its audit event, remove the stored file and audit the import.
// Any failure rolls the whole transaction back: nothing of the file is half-written.
// Update-or-create: each row is matched by its kind's natural key (units.ts, users.ts, innovations.ts) and
// becomes CREATE, UPDATE (with its field changes) or UNCHANGED. The preview gives each matched row's record id
// and version; the commit gets them back (`expected`) and refuses the whole file when a row would now write a
// record the preview did not show at that version (changed, created or deleted meanwhile: IMPORT.STALE_ROW).
import type { ImportKind, Prisma, PrismaClient } from '@inovda/db';
import { type AuditInput, writeAudit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { ScopeUser } from '../scope.ts';
import { cellText } from './cells.ts';
import { headerText, IMPORT_COLUMNS } from './columns.ts';
import { loadImportFile } from './import-file.ts';
import { updateInnovations } from './innovation-match.ts';
import { validateInnovationRows, writeInnovations } from './innovations.ts';
import { COMMIT_TIMEOUT_MS, PREVIEW_CELL_CHARS } from './limits.ts';
import { readImportTable, type SheetRow, type SheetTable } from './read-sheet.ts';
import {
  type FieldChange,
  type ImportCheck,
  type ImportIssue,
  type ImportMode,
  type RowAction,
  type RowMatch,
  type RowOutcome,
  rowIssue,
} from './report.ts';
import { type ExpectedRow, markStaleRows } from './stale-rows.ts';
import { validateUnitRows, writeUnits } from './units.ts';
import {
  type CreatedUser,
  generateInitialPassword,
  updateUsers,
  validateUserRows,
  writeUsers,
} from './users.ts';

/** Columns shown in the preview table; a row also carries the value of every column it has an issue in. */
const PREVIEW_COLUMNS = 6;

interface ImportReportRow {
  row: number;
  values: Record<string, string>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** CREATE, UPDATE or UNCHANGED; null when the row's key cannot be read. */
  action: RowAction | null;
  /** The matched record and its version (send back to the commit as `expected`). */
  match: RowMatch | null;
  changes: FieldChange[];
}

export interface ImportReport {
  fileId: string;
  kind: ImportKind;
  mode: ImportMode;
  format: string;
  fileName: string;
  columns: { key: string; label: string; hint: string; header: string; required: boolean; shown: boolean }[];
  rows: ImportReportRow[];
  /** `created` / `updated` / `unchanged` count rows without errors (what the commit would do). */
  totals: {
    rows: number;
    ok: number;
    withErrors: number;
    withWarnings: number;
    created: number;
    updated: number;
    unchanged: number;
  };
  skippedExampleRow: number | null;
  unknownHeaders: string[];
  /** True when no row has an error: the commit may write. */
  canCommit: boolean;
}

export type CommitResult =
  | {
      committed: true;
      kind: ImportKind;
      created: number;
      updated: number;
      unchanged: number;
      users: CreatedUser[];
    }
  | { committed: false; report: ImportReport };

type AnyOutcome = RowOutcome<unknown>;

function validateRows(tx: Prisma.TransactionClient, kind: ImportKind, check: ImportCheck, rows: SheetRow[]) {
  switch (kind) {
    case 'UNITS':
      return validateUnitRows(tx, check, rows);
    case 'USERS':
      return validateUserRows(tx, check, rows);
    case 'INNOVATIONS':
      return validateInnovationRows(tx, check, rows);
  }
}

const cut = (text: string) =>
  text.length > PREVIEW_CELL_CHARS ? `${text.slice(0, PREVIEW_CELL_CHARS - 1)}…` : text;

function buildReport(
  file: { id: string; kind: ImportKind; format: string; fileName: string },
  mode: ImportMode,
  table: SheetTable,
  outcomes: readonly AnyOutcome[],
): ImportReport {
  const specs = IMPORT_COLUMNS[file.kind];
  const shownKeys = new Set(specs.slice(0, PREVIEW_COLUMNS).map((c) => c.key));
  const rows = table.rows.map(({ row, cells }, index): ImportReportRow => {
    const outcome = outcomes[index] ?? { errors: [], warnings: [], action: null, match: null, changes: [] };
    const keys = new Set([...shownKeys, ...[...outcome.errors, ...outcome.warnings].map((i) => i.column)]);
    const values: Record<string, string> = {};
    for (const key of keys) {
      const text = key ? cellText(cells[key] ?? null) : null;
      if (key && text) values[key] = cut(text);
    }
    const { errors, warnings, action, match, changes } = outcome;
    return { row, values, errors, warnings, action, match, changes };
  });
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const doing = (action: RowAction) =>
    rows.filter((r) => r.errors.length === 0 && r.action === action).length;
  return {
    fileId: file.id,
    kind: file.kind,
    mode,
    format: file.format,
    fileName: file.fileName,
    columns: specs.map((c) => ({
      key: c.key,
      label: c.label,
      hint: c.hint,
      header: headerText(c),
      required: c.required,
      shown: shownKeys.has(c.key),
    })),
    rows,
    totals: {
      rows: rows.length,
      ok: rows.length - withErrors,
      withErrors,
      withWarnings: rows.filter((r) => r.errors.length === 0 && r.warnings.length > 0).length,
      created: doing('CREATE'),
      updated: doing('UPDATE'),
      unchanged: doing('UNCHANGED'),
    },
    skippedExampleRow: table.skippedExampleRow,
    unknownHeaders: table.unknownHeaders,
    canCommit: withErrors === 0,
  };
}

const hasErrors = (outcomes: readonly AnyOutcome[]) => outcomes.some((o) => o.errors.length > 0);

/** The values of rows without errors (the caller checked there are no errors). */
function valuesOf<T>(outcomes: readonly RowOutcome<T>[]): T[] {
  return outcomes.map((outcome) => {
    if (outcome.value === undefined) throw new Error(`import row ${outcome.row} has no value`);
    return outcome.value;
  });
}

export interface ImportRequest {
  fileId: string;
  mode: ImportMode;
  /** The matched records of the preview (its rows' `match`), for the commit's staleness check. */
  expected?: readonly ExpectedRow[];
}

/** The dry run: the report of every row, nothing written. */
export async function previewImport(
  prisma: PrismaClient,
  actor: ScopeUser & { id: string },
  { fileId, mode }: ImportRequest,
): Promise<ImportReport> {
  const file = await loadImportFile(prisma, actor, fileId);
  const table = await readImportTable(file.content, file.format, file.kind);
  const check = { regionId: actor.regionId, actorId: actor.id, mode };
  return buildReport(file, mode, table, await validateRows(prisma, file.kind, check, table.rows));
}

/** Thrown inside the commit's transaction when re-validation finds errors, to roll back and report them. */
class RowsChanged extends Error {
  constructor(readonly report: ImportReport) {
    super('import rows no longer valid');
  }
}

/** Serialises imports of one region, so two commits cannot both pass the checks and double the rows. */
async function lockRegionImports(tx: Prisma.TransactionClient, regionId: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`inovda:import:${regionId}`}))::text AS locked`;
}

const rowsDoing = <T>(outcomes: readonly RowOutcome<T>[], action: RowAction) =>
  valuesOf(outcomes.filter((o) => o.action === action));

export async function commitImport(
  prisma: PrismaClient,
  actor: ScopeUser & { id: string },
  audit: Pick<AuditInput, 'actor' | 'requestId'>,
  { fileId, mode, expected = [] }: ImportRequest,
): Promise<CommitResult> {
  const file = await loadImportFile(prisma, actor, fileId);
  const table = await readImportTable(file.content, file.format, file.kind);
  const check: ImportCheck = { regionId: actor.regionId, actorId: actor.id, mode };
  // A first check outside the transaction: a file with errors never hashes passwords or takes the lock.
  const first = await validateRows(prisma, file.kind, check, table.rows);
  markStaleRows(file.kind, table, first, expected);
  if (hasErrors(first)) return { committed: false, report: buildReport(file, mode, table, first) };
  // Only new accounts get a password; hashed now (about 20 ms each), outside the transaction.
  const secrets = new Map<number, { password: string; passwordHash: string }>();
  if (file.kind === 'USERS')
    await Promise.all(
      first
        .filter((o) => o.action === 'CREATE')
        .map(async ({ row }) => {
          const password = generateInitialPassword();
          secrets.set(row, { password, passwordHash: await hashPassword(password) });
        }),
    );
  try {
    return await prisma.$transaction(
      async (tx) => {
        await lockRegionImports(tx, actor.regionId);
        // Committed meanwhile by a parallel request: the file is gone (NOT_FOUND).
        await loadImportFile(tx, actor, fileId);
        const target = { regionId: actor.regionId, audit, importFileId: file.id };
        const checked = <T>(outcomes: RowOutcome<T>[]) => {
          markStaleRows(file.kind, table, outcomes, expected);
          if (hasErrors(outcomes)) throw new RowsChanged(buildReport(file, mode, table, outcomes));
          return outcomes;
        };
        let outcomes: readonly AnyOutcome[];
        let created = 0;
        let updated = 0;
        let users: CreatedUser[] = [];
        switch (file.kind) {
          case 'UNITS': {
            const rows = checked(await validateUnitRows(tx, check, table.rows));
            ({ created, updated } = await writeUnits(tx, target, rows));
            outcomes = rows;
            break;
          }
          case 'USERS': {
            const rows = await validateUserRows(tx, check, table.rows);
            // A row that became new after the first check has no password: it changed meanwhile.
            for (const outcome of rows)
              if (outcome.action === 'CREATE' && outcome.value && !secrets.has(outcome.row)) {
                const value = outcome.value.email;
                outcome.errors.push(rowIssue(null, 'IMPORT.STALE_ROW', { value }));
              }
            checked(rows);
            const news = rows.filter((o) => o.action === 'CREATE');
            users = await writeUsers(
              tx,
              target,
              news.map((o) => ({ row: o.row, plan: o.value!, ...secrets.get(o.row)! })),
            );
            created = users.length;
            updated = await updateUsers(tx, target, rowsDoing(rows, 'UPDATE'));
            outcomes = rows;
            break;
          }
          case 'INNOVATIONS': {
            const rows = checked(await validateInnovationRows(tx, check, table.rows));
            created = await writeInnovations(tx, target, rowsDoing(rows, 'CREATE'));
            updated = await updateInnovations(tx, target, rowsDoing(rows, 'UPDATE'));
            outcomes = rows;
            break;
          }
        }
        const unchanged = outcomes.filter((o) => o.action === 'UNCHANGED').length;
        await tx.importFile.delete({ where: { id: file.id } });
        await writeAudit(tx, {
          ...audit,
          action: 'import.commit',
          entity: 'ImportFile',
          entityId: file.id,
          after: {
            kind: file.kind,
            fileName: file.fileName,
            sha256: file.sha256,
            mode,
            created,
            updated,
            unchanged,
          },
        });
        return { committed: true as const, kind: file.kind, created, updated, unchanged, users };
      },
      { timeout: COMMIT_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof RowsChanged) return { committed: false, report: error.report };
    throw error;
  }
}
