// Unit rows: unit.create's own schema (ZUnitFields), a short code free in the region and unique in the file,
// and a parent that is an existing unit or another row of the file (any order; no loops). Written parents
// first, each with its `unit.create` audit event, as unit.create writes it.
import type { Prisma, UnitKind } from '@inovda/db';
import { writeAuditMany } from '../audit.ts';
import { unitSelect, ZUnitFields } from '../routers/unit.ts';
import { cellText } from './cells.ts';
import { chunksOf, WRITE_CHUNK_ROWS } from './limits.ts';
import { loadUnitsByShort, shortKey, urusanSlugs } from './region-units.ts';
import type { SheetRow } from './read-sheet.ts';
import { PARSE_OPTIONS, type ImportTarget, type RowOutcome, rowIssue, zodIssues } from './report.ts';

export interface UnitPlan {
  data: { kind: UnitKind; name: string; short: string; urusan: string[] };
  /** An existing unit's id, another row's short key, or no parent. */
  parent: { id: string } | { key: string } | null;
}

const FIELD_COLUMN: Record<string, string> = { kind: 'jenis', name: 'nama', short: 'kode', urusan: 'urusan' };
const TOP_LEVEL_KINDS = new Set(['OPD', 'RSUD']);

/** Rows whose parent chain inside the file comes back to themselves. */
function rowsInLoops(parents: Map<string, string>): Set<string> {
  const looped = new Set<string>();
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    for (let key: string | undefined = start; key !== undefined; key = parents.get(key)) {
      if (seen.has(key)) {
        if (key === start) looped.add(start);
        break;
      }
      seen.add(key);
    }
  }
  return looped;
}

export async function validateUnitRows(
  tx: Prisma.TransactionClient,
  regionId: string,
  rows: readonly SheetRow[],
): Promise<RowOutcome<UnitPlan>[]> {
  const existing = await loadUnitsByShort(tx, regionId);
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const short = cellText(cells.kode);
    if (short && !firstRowOf.has(shortKey(short))) firstRowOf.set(shortKey(short), row);
  }
  const fileParents = new Map<string, string>();
  const outcomes = rows.map(({ row, cells }): RowOutcome<UnitPlan> & { key?: string } => {
    const errors = [];
    const warnings = [];
    const short = cellText(cells.kode);
    const { slugs, unknown } = urusanSlugs(cells.urusan);
    errors.push(...unknown.map((value) => rowIssue('urusan', 'IMPORT.UNKNOWN_URUSAN', { value })));
    const parsed = ZUnitFields.safeParse(
      {
        kind: cellText(cells.jenis)?.toUpperCase(),
        name: cellText(cells.nama) ?? undefined,
        short: short ?? undefined,
        urusan: slugs,
      },
      PARSE_OPTIONS,
    );
    if (!parsed.success)
      errors.push(...zodIssues(parsed.error, (path) => FIELD_COLUMN[String(path[0])] ?? null));
    const key = short ? shortKey(short) : undefined;
    if (short && key) {
      const firstRow = firstRowOf.get(key);
      if (firstRow !== row)
        errors.push(
          rowIssue('kode', 'IMPORT.DUPLICATE_IN_FILE', { value: short, firstRow: firstRow ?? '-' }),
        );
      const taken = existing.get(key);
      if (taken) errors.push(rowIssue('kode', 'IMPORT.SHORT_TAKEN', { value: short, name: taken.name }));
    }
    const parentText = cellText(cells.induk);
    let parent: UnitPlan['parent'] = null;
    if (parentText) {
      const parentKey = shortKey(parentText);
      const known = existing.get(parentKey);
      if (parentKey === key) errors.push(rowIssue('induk', 'IMPORT.PARENT_CYCLE'));
      else if (known) parent = { id: known.id };
      else if (firstRowOf.has(parentKey)) {
        parent = { key: parentKey };
        if (key && firstRowOf.get(key) === row) fileParents.set(key, parentKey);
      } else errors.push(rowIssue('induk', 'IMPORT.UNKNOWN_PARENT', { value: parentText }));
    } else if (parsed.success && !TOP_LEVEL_KINDS.has(parsed.data.kind)) {
      // The unit form asks for a parent here; the server accepts none (kecamatan often stand at the top).
      warnings.push(rowIssue('induk', 'IMPORT.PARENT_EXPECTED', { kind: parsed.data.kind }));
    }
    const value = parsed.success && errors.length === 0 ? { data: parsed.data, parent } : undefined;
    return { row, errors, warnings, value, key };
  });
  const looped = rowsInLoops(fileParents);
  for (const outcome of outcomes) {
    if (outcome.key && looped.has(outcome.key) && outcome.value) {
      outcome.errors.push(rowIssue('induk', 'IMPORT.PARENT_CYCLE'));
      outcome.value = undefined;
    }
    delete outcome.key;
  }
  return outcomes;
}

/** Creates the units, parents before children (one INSERT per level), each with its audit event. */
export async function writeUnits(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  plans: readonly UnitPlan[],
): Promise<number> {
  const created = new Map<string, string>();
  let pending = [...plans];
  while (pending.length > 0) {
    const ready = pending.filter(
      (plan) => !plan.parent || 'id' in plan.parent || created.has(plan.parent.key),
    );
    // Validation refuses unknown parents and loops, so every level places at least one unit.
    if (ready.length === 0) throw new Error('unit import: parents cannot be resolved');
    for (const chunk of chunksOf(ready, WRITE_CHUNK_ROWS)) {
      const units = await tx.unit.createManyAndReturn({
        data: chunk.map((plan) => ({
          ...plan.data,
          regionId,
          parentId: !plan.parent
            ? null
            : 'id' in plan.parent
              ? plan.parent.id
              : created.get(plan.parent.key)!,
        })),
        select: unitSelect,
      });
      for (const unit of units) created.set(shortKey(unit.short), unit.id);
      await writeAuditMany(
        tx,
        units.map((unit) => ({
          ...audit,
          action: 'unit.create',
          entity: 'Unit',
          entityId: unit.id,
          after: { ...unit, importFileId },
        })),
      );
    }
    const placed = new Set(ready);
    pending = pending.filter((plan) => !placed.has(plan));
  }
  return created.size;
}
