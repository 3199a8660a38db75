// Unit rows: unit.create's own schema (ZUnitFields), a short code unique in the file, and a parent that is an
// existing unit or another row of the file (any order; no loops, also through existing units). The natural key
// is the short code in the region (case-insensitive): in UPSERT mode a row whose code exists updates that unit
// (kind, name, urusan, parent; an empty urusan or parent cell keeps the stored value, the code itself and
// `active` never change), in CREATE_ONLY mode it is refused as taken. Written parents first, each with its
// `unit.create` / `unit.update` audit event, as the unit procedures write them.
import type { Prisma, UnitKind } from '@inovda/db';
import { writeAuditMany } from '../audit.ts';
import { updateVersioned } from '../optimistic-lock.ts';
import { unitSelect, ZUnitFields } from '../services/units.ts';
import { cellText } from './cells.ts';
import { actionOf, collectChanges, refusesExisting } from './changes.ts';
import { chunksOf, WRITE_CHUNK_ROWS } from './limits.ts';
import { shortKey, urusanSlugs } from './region-units.ts';
import type { SheetRow } from './read-sheet.ts';
import { updateEachAudited } from './update-audited.ts';
import {
  type ImportCheck,
  type ImportIssue,
  type ImportTarget,
  PARSE_OPTIONS,
  type RowOutcome,
  rowIssue,
  zodIssues,
} from './report.ts';

export interface UnitPlan {
  data: { kind: UnitKind; name: string; short: string; urusan: string[] };
  /** An existing unit's id, another row's short key, or no parent. */
  parent: { id: string } | { key: string } | null;
  /** The unit an UPDATE row changes, at the version the check read; null for a new unit. */
  existing: { id: string; version: number } | null;
}

const FIELD_COLUMN: Record<string, string> = { kind: 'jenis', name: 'nama', short: 'kode', urusan: 'urusan' };
const TOP_LEVEL_KINDS = new Set(['OPD', 'RSUD']);

const existingSelect = {
  id: true,
  short: true,
  name: true,
  kind: true,
  urusan: true,
  parentId: true,
  version: true,
} as const satisfies Prisma.UnitSelect;
type ExistingUnit = Prisma.UnitGetPayload<{ select: typeof existingSelect }>;

/** Rows whose parent chain comes back to themselves. */
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
  { regionId, mode }: ImportCheck,
  rows: readonly SheetRow[],
): Promise<RowOutcome<UnitPlan>[]> {
  const units = await tx.unit.findMany({ where: { regionId }, select: existingSelect });
  const existing = new Map<string, ExistingUnit>(units.map((unit) => [shortKey(unit.short), unit]));
  const shortOfId = new Map(units.map((unit) => [unit.id, unit.short]));
  const firstRowOf = new Map<string, number>();
  const fileShort = new Map<string, string>();
  for (const { row, cells } of rows) {
    const short = cellText(cells.kode);
    if (short && !firstRowOf.has(shortKey(short))) {
      firstRowOf.set(shortKey(short), row);
      fileShort.set(shortKey(short), short);
    }
  }
  const parentShort = (parent: UnitPlan['parent']) =>
    !parent ? null : 'id' in parent ? shortOfId.get(parent.id) : fileShort.get(parent.key);
  // The tree after the import: every existing unit's parent, replaced by what the file says.
  const parents = new Map<string, string>();
  for (const unit of units) {
    const parentShort = unit.parentId ? shortOfId.get(unit.parentId) : undefined;
    if (parentShort) parents.set(shortKey(unit.short), shortKey(parentShort));
  }
  const outcomes = rows.map(({ row, cells }): RowOutcome<UnitPlan> & { key?: string } => {
    const errors: ImportIssue[] = [];
    const warnings: ImportIssue[] = [];
    const short = cellText(cells.kode);
    const key = short ? shortKey(short) : undefined;
    const taken = key ? existing.get(key) : undefined;
    // Matched for update only in UPSERT mode; CREATE_ONLY refuses the code below, as before.
    const current = refusesExisting(mode) ? undefined : taken;
    const { slugs, unknown } = urusanSlugs(cells.urusan);
    errors.push(...unknown.map((value) => rowIssue('urusan', 'IMPORT.UNKNOWN_URUSAN', { value })));
    const keepUrusan = current !== undefined && slugs.length === 0 && unknown.length === 0;
    const parsed = ZUnitFields.safeParse(
      {
        kind: cellText(cells.jenis)?.toUpperCase(),
        name: cellText(cells.nama) ?? undefined,
        short: current?.short ?? short ?? undefined,
        urusan: keepUrusan ? current.urusan : slugs,
      },
      PARSE_OPTIONS,
    );
    if (!parsed.success)
      errors.push(...zodIssues(parsed.error, (path) => FIELD_COLUMN[String(path[0])] ?? null));
    const isFirst = key !== undefined && firstRowOf.get(key) === row;
    if (short && key) {
      if (!isFirst)
        errors.push(
          rowIssue('kode', 'IMPORT.DUPLICATE_IN_FILE', {
            value: short,
            firstRow: firstRowOf.get(key) ?? '-',
          }),
        );
      if (taken && !current)
        errors.push(rowIssue('kode', 'IMPORT.SHORT_TAKEN', { value: short, name: taken.name }));
    }
    const parentText = cellText(cells.induk);
    let parent: UnitPlan['parent'] = current?.parentId ? { id: current.parentId } : null;
    if (parentText) {
      const parentKey = shortKey(parentText);
      const known = existing.get(parentKey);
      if (parentKey === key) errors.push(rowIssue('induk', 'IMPORT.PARENT_CYCLE'));
      else if (known) parent = { id: known.id };
      else if (firstRowOf.has(parentKey)) parent = { key: parentKey };
      else errors.push(rowIssue('induk', 'IMPORT.UNKNOWN_PARENT', { value: parentText }));
      if (key && isFirst && parentKey !== key) parents.set(key, parentKey);
    } else if (!current && parsed.success && !TOP_LEVEL_KINDS.has(parsed.data.kind)) {
      // The unit form asks for a parent here; the server accepts none (kecamatan often stand at the top).
      warnings.push(rowIssue('induk', 'IMPORT.PARENT_EXPECTED', { kind: parsed.data.kind }));
    }
    const changes =
      current && parsed.success
        ? collectChanges([
            ['nama', current.name, parsed.data.name],
            ['jenis', current.kind, parsed.data.kind],
            ['induk', current.parentId ? shortOfId.get(current.parentId) : null, parentShort(parent)],
            ['urusan', current.urusan, parsed.data.urusan],
          ])
        : [];
    const match = current ? { entityId: current.id, version: current.version } : null;
    const action = key ? actionOf(current !== undefined, changes) : null;
    const value =
      parsed.success && errors.length === 0
        ? {
            data: parsed.data,
            parent,
            existing: current ? { id: current.id, version: current.version } : null,
          }
        : undefined;
    return { row, errors, warnings, action, match, changes, value, key: isFirst ? key : undefined };
  });
  const looped = rowsInLoops(parents);
  for (const outcome of outcomes) {
    if (
      outcome.key &&
      looped.has(outcome.key) &&
      !outcome.errors.some((e) => e.code === 'IMPORT.PARENT_CYCLE')
    ) {
      outcome.errors.push(rowIssue('induk', 'IMPORT.PARENT_CYCLE'));
      outcome.value = undefined;
    }
    delete outcome.key;
  }
  return outcomes;
}

/** The parent id of a plan, once every new unit of the file has its id. */
function parentIdOf(plan: UnitPlan, created: ReadonlyMap<string, string>): string | null {
  if (!plan.parent) return null;
  return 'id' in plan.parent ? plan.parent.id : created.get(plan.parent.key)!;
}

/**
 * Creates the new units, parents before children (one INSERT per level), then updates the changed ones at the
 * version the check read (EDIT.CONFLICT rolls the whole import back otherwise), each with its audit event.
 */
export async function writeUnits(
  tx: Prisma.TransactionClient,
  { regionId, audit, importFileId }: ImportTarget,
  outcomes: readonly RowOutcome<UnitPlan>[],
): Promise<{ created: number; updated: number }> {
  const plans = outcomes.filter((o) => o.action === 'CREATE').map((o) => o.value!);
  const updates = outcomes.filter((o) => o.action === 'UPDATE').map((o) => o.value!);
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
        data: chunk.map((plan) => ({ ...plan.data, regionId, parentId: parentIdOf(plan, created) })),
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
  const events = await updateEachAudited({
    plans: updates,
    idOf: (plan) => plan.existing!.id,
    readAll: (ids) => tx.unit.findMany({ where: { id: { in: ids } }, select: unitSelect }),
    update: async (plan) => {
      const { kind, name, urusan } = plan.data;
      await updateVersioned('Unit', plan.existing!, (where) =>
        tx.unit.updateMany({
          where: { ...where, regionId },
          data: { kind, name, urusan, parentId: parentIdOf(plan, created), version: { increment: 1 } },
        }),
      );
    },
    event: (before, after) => ({
      ...audit,
      action: 'unit.update',
      entity: 'Unit',
      before,
      after: { ...after, importFileId },
    }),
  });
  await writeAuditMany(tx, events);
  return { created: created.size, updated: updates.length };
}
