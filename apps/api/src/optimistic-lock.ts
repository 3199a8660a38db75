// Optimistic locking: an edit carries the `version` it was made from. The update only matches that version
// (and bumps it), so of two concurrent edits exactly one wins and the other gets EDIT.CONFLICT instead of
// silently overwriting. Call it inside the mutation's transaction, after loading the row for the audit.
import { AppError } from './errors.ts';

export interface VersionedTarget {
  id: string;
  version: number;
}

/**
 * Runs `update` with `where: { id, version }` (use `updateMany` and `version: { increment: 1 }`) and throws
 * EDIT.CONFLICT when no row matched, i.e. the row changed since the client read it.
 */
export async function updateVersioned(
  entity: string,
  target: VersionedTarget,
  update: (where: { id: string; version: number }) => Promise<{ count: number }>,
): Promise<void> {
  const { count } = await update({ id: target.id, version: target.version });
  if (count === 0) throw new AppError('EDIT.CONFLICT', { entity, id: target.id, version: target.version });
}
