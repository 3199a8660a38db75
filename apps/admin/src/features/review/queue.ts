/** One submission waiting for (or under) review, as the verifier's queue shows it. */
export interface TQueueRow {
  submissionId: string;
  innovationId: string;
  innovationName: string;
  unitId: string;
  unitName: string;
  state: string;
  claimedMaturityX100: number;
  submittedAt: Date | null;
  deadline: Date | null;
  /** How many times it was submitted: 2 and more is a resubmission after a return. */
  submitCount?: number;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

const time = (d: Date | null) => (d === null ? Number.POSITIVE_INFINITY : d.getTime());

/**
 * The review order: earliest deadline first (no deadline last), then by unit, then first come first served.
 * Returns a new array.
 */
export function sortQueue(rows: readonly TQueueRow[]): TQueueRow[] {
  return [...rows].sort(
    (a, b) =>
      time(a.deadline) - time(b.deadline) ||
      collator.compare(a.unitName, b.unitName) ||
      time(a.submittedAt) - time(b.submittedAt),
  );
}

/** Distinct units of the queue, for the unit filter, sorted by name. */
export function listQueueUnits(rows: readonly TQueueRow[]): { value: string; text: string }[] {
  const units = new Map(rows.map((r) => [r.unitId, r.unitName]));
  return [...units]
    .map(([value, text]) => ({ value, text }))
    .sort((a, b) => collator.compare(a.text, b.text));
}
