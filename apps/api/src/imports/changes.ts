// The "old -> new" of an UPDATE row, and the rule that turns a row into CREATE, UPDATE or UNCHANGED. Values
// are compared as the preview shows them (display text), so what the admin sees is what is compared.
import { EMPTY_DISPLAY, type FieldChange, type ImportMode, type RowAction } from './report.ts';

/** Display text of a stored or parsed value: lists joined by "; ", empty as "—". */
function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_DISPLAY;
  if (Array.isArray(value)) return value.length === 0 ? EMPTY_DISPLAY : value.map(displayValue).join('; ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/** The changed fields among `[column, stored, fromRow]` triples. */
export function collectChanges(pairs: readonly (readonly [string, unknown, unknown])[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [column, before, after] of pairs) {
    const from = displayValue(before);
    const to = displayValue(after);
    if (from !== to) changes.push({ column, from, to });
  }
  return changes;
}

/** CREATE for a new key; for an existing one UPDATE or UNCHANGED (CREATE_ONLY refuses it elsewhere). */
export function actionOf(exists: boolean, changes: readonly FieldChange[]): RowAction {
  if (!exists) return 'CREATE';
  return changes.length > 0 ? 'UPDATE' : 'UNCHANGED';
}

/** Whether an existing key is refused as a duplicate (CREATE_ONLY) rather than matched for update. */
export const refusesExisting = (mode: ImportMode) => mode === 'CREATE_ONLY';
