import type { IssueMessage } from '../messages/message-types.ts';
import { type Result, err, ok } from '../result.ts';
import { checkEditionPack } from './pack-checks.ts';
import { packIssueMessage } from './pack-messages.ts';
import { type TEditionPack, ZEditionPackBase } from './schema.ts';

/** See `ZEditionPackBase`; adds the cross-field checks of `checkEditionPack`. */
export const ZEditionPack = ZEditionPackBase.superRefine(checkEditionPack);

/** One problem in a rule pack: where (path into the pack) and what, with zod's issue code. */
export interface EditionPackIssue {
  readonly path: readonly (string | number)[];
  /** The Indonesian message (as `messages.id`), kept for callers that show one language. */
  readonly message: string;
  /** The message in Indonesian and English. */
  readonly messages: IssueMessage;
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
 * input; every issue names its exact path, e.g. `['sid', 3, 'weightX100']`, and says what is wrong in
 * Indonesian and English.
 */
export function validateEditionPack(input: unknown): Result<TEditionPack, EditionPackError> {
  // reportInput: the plain wording of a missing value needs to know that the value was absent.
  const parsed = ZEditionPack.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue): EditionPackIssue => {
    const messages = packIssueMessage(issue);
    return {
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: messages.id,
      messages,
      zodCode: issue.code,
    };
  });
  return err({ code: 'EDITION.INVALID', issues });
}
