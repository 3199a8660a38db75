import { checkDevelopmentNote } from '../carry-over/check-development-note.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { type ValidationIssue, createIssue, hasBlockingIssue } from '../issues.ts';
import type { TInnovationProfileDraft } from '../profile/profile-schema.ts';
import { type ProfileValidationOptions, validateProfile } from '../profile/validate-profile.ts';
import { isTier } from '../scoring/tier.ts';
import { resolveVerifiedTier } from '../scoring/verified-tier.ts';
import { type ReadinessAnswer, checkAnswer, hasEvidence } from './answer-checks.ts';

/** Issues and whether any of them blocks the next step. */
export interface ReadinessReport {
  readonly issues: ValidationIssue[];
  readonly blocking: boolean;
}

/** Options: the assessment year, and whether the check is for submitting to Bappeda or for sending. */
export interface InnovationReadinessOptions extends ProfileValidationOptions {
  /** SUBMIT (default): OPD-side checks. SEND: also every mandatory indicator must survive verification. */
  readonly purpose?: 'SUBMIT' | 'SEND';
}

/**
 * Is an innovation ready (reference §5.2)? Profile rules (`validateProfile`), every mandatory SID indicator
 * answered with a tier (`READINESS.MANDATORY_INDICATOR_MISSING`) and evidence (`READINESS.EVIDENCE_MISSING`,
 * ERROR for mandatory, WARNING otherwise), allowed file kinds (`READINESS.EVIDENCE_KIND_NOT_ALLOWED`), a basis
 * for indicator 33, unknown or duplicate codes, tiers outside 0..3 (`READINESS.TIER_INVALID`). With purpose SEND, a mandatory indicator whose verified tier
 * is 0 gives `READINESS.MANDATORY_NOT_VERIFIED`. With `developmentNote` given, a re-submission whose eligibility
 * rests on a development needs the note (`CARRY.DEVELOPMENT_NOTE_REQUIRED`, see `checkDevelopmentNote`). Whether the IID app itself blocks on missing mandatory
 * indicators is UNCONFIRMED (§12 item 4); SIMONDA blocks export, and so do we.
 */
export function checkInnovationReadiness(
  edition: TEditionPack,
  input: {
    readonly profile: TInnovationProfileDraft;
    readonly answers: readonly ReadinessAnswer[];
    /** The submission's development note; when given (null = empty), a re-submission that needs one is checked. */
    readonly developmentNote?: string | null;
  },
  options: InnovationReadinessOptions,
): ReadinessReport {
  const issues = validateProfile(edition, input.profile, options);
  if (input.developmentNote !== undefined) {
    const noteInput = {
      profile: input.profile,
      previousSubmissions: options.previousSubmissions ?? 0,
      developmentNote: input.developmentNote,
    };
    issues.push(...checkDevelopmentNote(edition, noteInput, options));
  }
  const byCode = new Map<string, ReadinessAnswer>();
  for (const answer of input.answers) {
    const indicator = edition.sid.find((i) => i.code === answer.code);
    const path = ['indicators', answer.code];
    if (!indicator)
      issues.push(createIssue('READINESS.UNKNOWN_INDICATOR', path, 'ERROR', { code: answer.code }));
    else if (!isTier(answer.claimedTier) || !isTier(answer.verifiedTier ?? 0)) {
      const tier = String(isTier(answer.claimedTier) ? answer.verifiedTier : answer.claimedTier);
      issues.push(createIssue('READINESS.TIER_INVALID', path, 'ERROR', { code: answer.code, tier }));
    } else if (byCode.has(answer.code)) {
      issues.push(createIssue('READINESS.DUPLICATE_ANSWER', path, 'ERROR', { code: answer.code }));
    } else {
      byCode.set(answer.code, answer);
      issues.push(...checkAnswer(indicator, answer));
    }
  }
  for (const indicator of edition.sid.filter((i) => i.mandatory)) {
    const answer = byCode.get(indicator.code);
    const path = ['indicators', indicator.code];
    if (!answer || answer.claimedTier === 0) {
      issues.push(
        createIssue('READINESS.MANDATORY_INDICATOR_MISSING', path, 'ERROR', { code: indicator.code }),
      );
      continue;
    }
    const verified = resolveVerifiedTier({
      claimedTier: answer.claimedTier,
      verdict: answer.verdict ?? 'PENDING',
      verifiedTier: answer.verifiedTier ?? null,
      hasEvidence: hasEvidence(indicator, answer),
    });
    if (options.purpose === 'SEND' && verified === 0) {
      issues.push(createIssue('READINESS.MANDATORY_NOT_VERIFIED', path, 'ERROR', { code: indicator.code }));
    }
  }
  return { issues, blocking: hasBlockingIssue(issues) };
}
