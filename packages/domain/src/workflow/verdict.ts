import { type ValidationIssue, createIssue } from '../issues.ts';
import { type Result, err, ok } from '../result.ts';
import { type Tier, isTier } from '../scoring/tier.ts';
import type { TVerdict } from '../scoring/verified-tier.ts';

/** A verdict as a verifier submits it. */
export interface VerdictInput {
  readonly claimedTier: number;
  readonly verdict: TVerdict;
  readonly verifiedTier?: number | null;
  readonly note?: string | null;
}

/** A verdict ready to store: `verifiedTier` only for DOWNGRADED, the note trimmed (or null). */
export interface NormalizedVerdict {
  readonly verdict: TVerdict;
  readonly verifiedTier: Tier | null;
  readonly note: string | null;
}

/**
 * Checks a verdict (reference §3.5): DOWNGRADED and REJECTED need a note (`VERDICT.NOTE_REQUIRED`);
 * DOWNGRADED needs a tier (`VERDICT.TIER_REQUIRED`) lower than the claim (`VERDICT.DOWNGRADE_NOT_LOWER`,
 * params `claimedTier`, `verifiedTier`); a tier with another verdict is refused (`VERDICT.TIER_NOT_EXPECTED`).
 * Returns every issue at once, never throws.
 */
export function validateVerdict(input: VerdictInput): Result<NormalizedVerdict, ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const note = input.note?.trim() ? input.note.trim() : null;
  const needsNote = input.verdict === 'DOWNGRADED' || input.verdict === 'REJECTED';
  if (needsNote && note === null)
    issues.push(createIssue('VERDICT.NOTE_REQUIRED', ['note'], 'ERROR', { verdict: input.verdict }));
  const tier = input.verifiedTier ?? null;
  if (input.verdict === 'DOWNGRADED') {
    if (tier === null || !isTier(tier)) {
      issues.push(createIssue('VERDICT.TIER_REQUIRED', ['verifiedTier'], 'ERROR'));
    } else if (tier >= input.claimedTier) {
      issues.push(
        createIssue('VERDICT.DOWNGRADE_NOT_LOWER', ['verifiedTier'], 'ERROR', {
          claimedTier: input.claimedTier,
          verifiedTier: tier,
        }),
      );
    }
  } else if (tier !== null) {
    issues.push(
      createIssue('VERDICT.TIER_NOT_EXPECTED', ['verifiedTier'], 'ERROR', { verdict: input.verdict }),
    );
  }
  if (issues.length > 0) return err(issues);
  return ok({
    verdict: input.verdict,
    verifiedTier: input.verdict === 'DOWNGRADED' ? (tier as Tier) : null,
    note,
  });
}

/** The parts of an answer that the verdict judged. */
export interface AnswerSnapshot {
  readonly claimedTier: number;
  /** Indicator 33's basis (`a`..`f`), or null. */
  readonly basis?: string | null;
  /** A raw figure behind the tier (persons, %, ...), or null. */
  readonly rawValue?: string | number | null;
  /** Ids (or sha256) of the attached evidence files, in any order. */
  readonly evidenceIds: readonly string[];
  readonly links?: readonly string[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

/**
 * True when the OPD changed what the verdict judged (claimed tier, basis, raw value, evidence files or links)
 * and a verdict had been given: the verdict then goes back to PENDING and `verifiedTier` is cleared, as SIMONDA
 * does (reference §3.5, [C1]). Evidence and links compare as sets (order does not matter).
 */
export function answerChangeResetsVerdict(
  prev: AnswerSnapshot & { readonly verdict: TVerdict },
  next: AnswerSnapshot,
): boolean {
  if (prev.verdict === 'PENDING') return false;
  return (
    prev.claimedTier !== next.claimedTier ||
    (prev.basis ?? null) !== (next.basis ?? null) ||
    String(prev.rawValue ?? '') !== String(next.rawValue ?? '') ||
    !sameSet(prev.evidenceIds, next.evidenceIds) ||
    !sameSet(prev.links ?? [], next.links ?? [])
  );
}

/**
 * The verdict fields to store after the OPD saves an answer: PENDING with no verified tier when
 * `answerChangeResetsVerdict` says so, otherwise the previous verdict and tier unchanged.
 */
export function verdictAfterAnswerChange(
  prev: AnswerSnapshot & { readonly verdict: TVerdict; readonly verifiedTier?: number | null },
  next: AnswerSnapshot,
): { verdict: TVerdict; verifiedTier: number | null } {
  return answerChangeResetsVerdict(prev, next)
    ? { verdict: 'PENDING', verifiedTier: null }
    : { verdict: prev.verdict, verifiedTier: prev.verifiedTier ?? null };
}
