// The update half of an import commit, shared by units, users and innovations: every matched record is read once
// before and once after (one query each for the whole file, not two per row), each is updated at the version the
// check read (an EDIT.CONFLICT rolls the whole import back), and each gets its `<entity>.update` audit event.
import type { AuditInput } from '../audit.ts';

export async function updateEachAudited<P, R extends { id: string }>({
  plans,
  idOf,
  readAll,
  update,
  event,
}: {
  plans: readonly P[];
  idOf: (plan: P) => string;
  /** The records with these ids, as the audit shows them. */
  readAll: (ids: string[]) => Promise<readonly R[]>;
  /** Writes one plan (with `updateVersioned`); `before` is the record as read before any write. */
  update: (plan: P, before: R) => Promise<void>;
  event: (before: R, after: R) => Omit<AuditInput, 'entityId'>;
}): Promise<AuditInput[]> {
  const ids = plans.map(idOf);
  const byId = async () => new Map((await readAll(ids)).map((record) => [record.id, record]));
  const befores = await byId();
  const found = (records: Map<string, R>, id: string) => {
    const record = records.get(id);
    if (!record) throw new Error(`import: record ${id} is gone`);
    return record;
  };
  for (const plan of plans) await update(plan, found(befores, idOf(plan)));
  const afters = await byId();
  return ids.map((id) => ({ ...event(found(befores, id), found(afters, id)), entityId: id }));
}
