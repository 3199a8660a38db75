export interface TPeriodChoice {
  id: string;
  year: number;
  state: string;
}

/**
 * The period a screen opens on: the one named in the address (if it exists), else the latest OPEN or REVIEW
 * period, else the latest of any state (the same rule as the API's unit.list), else none.
 */
export function pickPeriod<T extends TPeriodChoice>(
  periods: readonly T[],
  requestedId: string | null,
): T | undefined {
  const requested = requestedId ? periods.find((p) => p.id === requestedId) : undefined;
  if (requested) return requested;
  const byYear = [...periods].sort((a, b) => b.year - a.year);
  return byYear.find((p) => p.state === 'OPEN' || p.state === 'REVIEW') ?? byYear[0];
}
