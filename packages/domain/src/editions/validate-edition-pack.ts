import { type Result, err, ok } from '../result.ts';
import { type TEditionPack, ZEditionPack } from './schema.ts';

/** One problem in a rule pack: where (path into the pack) and what, with zod's issue code. */
export interface EditionPackIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly zodCode: string;
}

/** Why a pack was refused. */
export interface EditionPackError {
  readonly code: 'EDITION.INVALID';
  readonly issues: readonly EditionPackIssue[];
}

/**
 * Checks a rule pack (built-in or a Pemda's custom clone) against `ZEditionPack`, including the cross-field
 * rules (unique codes and tiers, ordered bands, descending predicates, consistent total). Never throws for bad
 * input; every issue names its exact path, e.g. `['sid', 3, 'weightX100']`.
 */
export function validateEditionPack(input: unknown): Result<TEditionPack, EditionPackError> {
  const parsed = ZEditionPack.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    zodCode: issue.code,
  }));
  return err({ code: 'EDITION.INVALID', issues });
}
