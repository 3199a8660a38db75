/** A lookup the seed's own data guarantees (a unit's parent, an account's unit): missing means broken seed data. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data: ${what} is missing.`);
  return value;
}
