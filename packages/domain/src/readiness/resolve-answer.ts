import { deriveKemanfaatanTier } from '../editions/derive-spd-tier.ts';
import type { TEditionPack, TSidIndicator } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { type Result, err, ok } from '../result.ts';

/** The fields of one SID answer that its indicator constrains, as the OPD saves them. */
export interface AnswerFields {
  readonly claimedTier: number;
  /** Indicator 33's measurement basis (`a`..`f`), null when none is chosen. */
  readonly basis: string | null;
  /** The measured figure behind the tier (a decimal string), null when none is given. */
  readonly rawValue: string | null;
  readonly links: readonly string[];
}

/** False when the answer carries links but its indicator takes files only (only 35 accepts links). */
export function linksAllowed(indicator: TSidIndicator, links: readonly string[] | undefined): boolean {
  return (links?.length ?? 0) === 0 || indicator.evidence.allowsLink === true;
}

/**
 * The basis rule of an indicator with bases (33): once a tier or a figure is given (`needed`), a basis must be
 * chosen (`READINESS.BASIS_REQUIRED`), and a chosen basis must be one of the indicator's
 * (`READINESS.BASIS_UNKNOWN`, param `basis`). Null when the rule holds or the indicator has no bases.
 */
export function checkAnswerBasis(
  indicator: TSidIndicator,
  basis: string | null,
  needed: boolean,
): ValidationIssue | null {
  const { code, bases } = indicator;
  if (!bases) return null;
  const path = ['indicators', code];
  if (basis === null) {
    return needed ? createIssue('READINESS.BASIS_REQUIRED', path, 'ERROR', { code }) : null;
  }
  if (!bases.some((b) => b.code === basis)) {
    return createIssue('READINESS.BASIS_UNKNOWN', path, 'ERROR', { code, basis });
  }
  return null;
}

/**
 * Checks an answer as it is about to be saved and derives indicator 33's tier from its figure (the rule of
 * `answer.set`). The first problem is returned, in this order: an indicator the pack does not know
 * (`READINESS.UNKNOWN_INDICATOR`), links where only files count (`READINESS.LINK_NOT_ALLOWED`), a basis on an
 * indicator without bases (`READINESS.BASIS_NOT_EXPECTED`), the basis rule (`checkAnswerBasis`), a figure that
 * does not derive a tier (the derivation's issue, `SID.RAW_INVALID` ...), and a tier the caller gave
 * (`tierGiven`) that differs from the derived one (`READINESS.TIER_MISMATCH`, params `claimedTier`,
 * `derivedTier`). On success the answer comes back with the derived tier in place of the claimed one.
 */
export function resolveAnswerFields<T extends AnswerFields>(
  pack: TEditionPack,
  code: string,
  answer: T,
  tierGiven: boolean,
): Result<T, ValidationIssue> {
  const path = ['indicators', code];
  const indicator = pack.sid.find((row) => row.code === code);
  if (!indicator) return err(createIssue('READINESS.UNKNOWN_INDICATOR', path, 'ERROR', { code }));
  if (!linksAllowed(indicator, answer.links)) {
    return err(createIssue('READINESS.LINK_NOT_ALLOWED', path, 'ERROR', { code }));
  }
  if (!indicator.bases) {
    return answer.basis === null
      ? ok(answer)
      : err(createIssue('READINESS.BASIS_NOT_EXPECTED', path, 'ERROR', { code }));
  }
  const basisIssue = checkAnswerBasis(
    indicator,
    answer.basis,
    answer.claimedTier > 0 || answer.rawValue !== null,
  );
  if (basisIssue) return err(basisIssue);
  if (answer.basis === null || answer.rawValue === null) return ok(answer);
  const derived = deriveKemanfaatanTier(pack, answer.basis, answer.rawValue);
  if (!derived.ok) return err(derived.error);
  const derivedTier = derived.value.tier;
  if (tierGiven && derivedTier !== answer.claimedTier) {
    return err(
      createIssue('READINESS.TIER_MISMATCH', path, 'ERROR', {
        code,
        claimedTier: answer.claimedTier,
        derivedTier,
      }),
    );
  }
  return ok({ ...answer, claimedTier: derivedTier });
}
