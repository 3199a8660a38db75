// The two steps of an import. Preview: read the stored file and check every row, write nothing. Commit: read
// and check again inside ONE transaction (the region's data may have changed since the preview) and, only if
// no row has an error, write every row with its audit event, remove the stored file and audit the import.
// Any failure rolls the whole transaction back: nothing of the file is half-written.
import type { ImportKind, Prisma, PrismaClient } from '@inovda/db';
import { type AuditInput, writeAudit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { ScopeUser } from '../scope.ts';
import { cellText } from './cells.ts';
import { headerText, IMPORT_COLUMNS } from './columns.ts';
import { loadImportFile } from './import-file.ts';
import { validateInnovationRows, writeInnovations } from './innovations.ts';
import { COMMIT_TIMEOUT_MS, PREVIEW_CELL_CHARS } from './limits.ts';
import { readImportTable, type SheetRow, type SheetTable } from './read-sheet.ts';
import type { ImportIssue, RowOutcome } from './report.ts';
import { validateUnitRows, writeUnits } from './units.ts';
import { type CreatedUser, generateInitialPassword, validateUserRows, writeUsers } from './users.ts';

/** Columns shown in the preview table; a row also carries the value of every column it has an issue in. */
const PREVIEW_COLUMNS = 6;

export interface ImportReportRow {
  row: number;
  values: Record<string, string>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ImportReport {
  fileId: string;
  kind: ImportKind;
  format: string;
  fileName: string;
  columns: { key: string; label: string; hint: string; header: string; required: boolean; shown: boolean }[];
  rows: ImportReportRow[];
  totals: { rows: number; ok: number; withErrors: number; withWarnings: number };
  skippedExampleRow: number | null;
  unknownHeaders: string[];
  /** True when no row has an error: the commit may write. */
  canCommit: boolean;
}

export type CommitResult =
  | { committed: true; kind: ImportKind; created: number; users: CreatedUser[] }
  | { committed: false; report: ImportReport };

type AnyOutcome = RowOutcome<unknown>;

function validateRows(tx: Prisma.TransactionClient, kind: ImportKind, regionId: string, rows: SheetRow[]) {
  switch (kind) {
    case 'UNITS':
      return validateUnitRows(tx, regionId, rows);
    case 'USERS':
      return validateUserRows(tx, regionId, rows);
    case 'INNOVATIONS':
      return validateInnovationRows(tx, regionId, rows);
  }
}

const cut = (text: string) =>
  text.length > PREVIEW_CELL_CHARS ? `${text.slice(0, PREVIEW_CELL_CHARS - 1)}…` : text;

function buildReport(
  file: { id: string; kind: ImportKind; format: string; fileName: string },
  table: SheetTable,
  outcomes: readonly AnyOutcome[],
): ImportReport {
  const specs = IMPORT_COLUMNS[file.kind];
  const shownKeys = new Set(specs.slice(0, PREVIEW_COLUMNS).map((c) => c.key));
  const rows = table.rows.map(({ row, cells }, index): ImportReportRow => {
    const outcome = outcomes[index] ?? { errors: [], warnings: [] };
    const keys = new Set([...shownKeys, ...[...outcome.errors, ...outcome.warnings].map((i) => i.column)]);
    const values: Record<string, string> = {};
    for (const key of keys) {
      const text = key ? cellText(cells[key] ?? null) : null;
      if (key && text) values[key] = cut(text);
    }
    return { row, values, errors: outcome.errors, warnings: outcome.warnings };
  });
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  return {
    fileId: file.id,
    kind: file.kind,
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

/** The dry run: the report of every row, nothing written. */
export async function previewImport(
  prisma: PrismaClient,
  actor: ScopeUser,
  fileId: string,
): Promise<ImportReport> {
  const file = await loadImportFile(prisma, actor, fileId);
  const table = await readImportTable(file.content, file.format, file.kind);
  return buildReport(file, table, await validateRows(prisma, file.kind, actor.regionId, table.rows));
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

export async function commitImport(
  prisma: PrismaClient,
  actor: ScopeUser,
  audit: Pick<AuditInput, 'actor' | 'requestId'>,
  fileId: string,
): Promise<CommitResult> {
  const file = await loadImportFile(prisma, actor, fileId);
  const table = await readImportTable(file.content, file.format, file.kind);
  // A first check outside the transaction: a file with errors never hashes passwords or takes the lock.
  const first = await validateRows(prisma, file.kind, actor.regionId, table.rows);
  if (hasErrors(first)) return { committed: false, report: buildReport(file, table, first) };
  const secrets =
    file.kind === 'USERS'
      ? await Promise.all(
          table.rows.map(async () => {
            const password = generateInitialPassword();
            return { password, passwordHash: await hashPassword(password) };
          }),
        )
      : [];
  try {
    return await prisma.$transaction(
      async (tx) => {
        await lockRegionImports(tx, actor.regionId);
        // Committed meanwhile by a parallel request: the file is gone (NOT_FOUND).
        await loadImportFile(tx, actor, fileId);
        const report = (outcomes: readonly AnyOutcome[]) =>
          new RowsChanged(buildReport(file, table, outcomes));
        const target = { regionId: actor.regionId, audit, importFileId: file.id };
        let created = 0;
        let users: CreatedUser[] = [];
        switch (file.kind) {
          case 'UNITS': {
            const outcomes = await validateUnitRows(tx, actor.regionId, table.rows);
            if (hasErrors(outcomes)) throw report(outcomes);
            created = await writeUnits(tx, target, valuesOf(outcomes));
            break;
          }
          case 'USERS': {
            const outcomes = await validateUserRows(tx, actor.regionId, table.rows);
            if (hasErrors(outcomes)) throw report(outcomes);
            const plans = valuesOf(outcomes).map((plan, i) => ({
              row: outcomes[i]!.row,
              plan,
              ...secrets[i]!,
            }));
            users = await writeUsers(tx, target, plans);
            created = users.length;
            break;
          }
          case 'INNOVATIONS': {
            const outcomes = await validateInnovationRows(tx, actor.regionId, table.rows);
            if (hasErrors(outcomes)) throw report(outcomes);
            created = await writeInnovations(tx, target, valuesOf(outcomes));
            break;
          }
        }
        await tx.importFile.delete({ where: { id: file.id } });
        await writeAudit(tx, {
          ...audit,
          action: 'import.commit',
          entity: 'ImportFile',
          entityId: file.id,
          after: { kind: file.kind, fileName: file.fileName, sha256: file.sha256, created },
        });
        return { committed: true as const, kind: file.kind, created, users };
      },
      { timeout: COMMIT_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof RowsChanged) return { committed: false, report: error.report };
    throw error;
  }
}
