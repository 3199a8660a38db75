import type { TEditionPack } from '../editions/schema.ts';
import type { IssueParams } from '../issues.ts';
import { type DateWindow, eligibilityWindowFor, isInWindow } from '../profile/eligibility.ts';
import type { TInnovationProfileDraft } from '../profile/profile-schema.ts';
import { CARRY_OVER_RULE, type RuleProvenance, combineProvenance } from './provenance.ts';

/**
 * ELIGIBLE: may be submitted again as it is (or with the development note when `developmentNoteRequired`).
 * DEVELOPMENT_REQUIRED: may be carried, but submitting needs a development dated inside the window and a
 * development note. INELIGIBLE: cannot be carried into that period.
 */
export type CarryOverVerdict = 'ELIGIBLE' | 'DEVELOPMENT_REQUIRED' | 'INELIGIBLE';

/** The facts of an innovation that the age rule reads. */
export type CarryOverProfile = Pick<
  TInnovationProfileDraft,
  'tahapan' | 'waktuPenerapan' | 'waktuPengembangan'
>;

/** What the carry-over rule needs to know. */
export interface CarryOverInput {
  /** Assessment year of the period the innovation comes from. */
  readonly sourceYear: number;
  /** Assessment year of the period it would go into. */
  readonly targetYear: number;
  readonly profile: CarryOverProfile;
  /** Earlier assessment years (before `targetYear`) in which the innovation took part, the source included. */
  readonly previousSubmissions: number;
  /** The innovation already has a submission in the target period. */
  readonly alreadyInTarget: boolean;
}

/** Options: a Pemda may ask for the development note on every carry-over, as INOVA-HUB does [C2]. */
export interface CarryOverOptions {
  readonly noteOnEveryCarry?: boolean;
}

/** The rule's answer for one innovation, with the reason as a stable code and the rule's provenance. */
export interface CarryOverDecision extends RuleProvenance {
  readonly verdict: CarryOverVerdict;
  /** `CARRY.*`, worded in `ISSUE_MESSAGES`. */
  readonly code: string;
  readonly params: IssueParams;
  /** Submitting needs a development note (what changed since the innovation was last sent). */
  readonly developmentNoteRequired: boolean;
  /** Submitting needs a development date (*waktu pengembangan terbaru*) inside `window`. */
  readonly developmentDateRequired: boolean;
  /** The eligibility window of the target year. */
  readonly window: DateWindow;
}

interface AgeAssessment {
  readonly verdict: CarryOverVerdict;
  readonly code: string;
  readonly params: IssueParams;
  readonly needsDevelopment: boolean;
  readonly developedInWindow: boolean;
  readonly basis: readonly RuleProvenance[];
}

function windowBasis(edition: TEditionPack, targetYear: number): RuleProvenance[] {
  const constant = edition.constants.eligibilityWindow;
  const parts: RuleProvenance[] = [CARRY_OVER_RULE.twoYearRule, constant];
  if (targetYear !== edition.assessmentYear) parts.push(CARRY_OVER_RULE.shiftedWindow);
  return parts;
}

/** The two-year rule and the submission limit for an innovation in the target year (reference §2.1). */
function assessAge(
  edition: TEditionPack,
  profile: CarryOverProfile,
  previousSubmissions: number,
  targetYear: number,
  window: DateWindow,
): AgeAssessment {
  const base = windowBasis(edition, targetYear);
  const quiet = { needsDevelopment: false, developedInWindow: false };
  if (profile.tahapan !== 'PENERAPAN') {
    const tahapan = profile.tahapan ?? '-';
    const basis = [CARRY_OVER_RULE.stageNotChecked];
    return { verdict: 'ELIGIBLE', code: 'CARRY.AGE_NOT_CHECKED', params: { tahapan }, basis, ...quiet };
  }
  const penerapan = profile.waktuPenerapan ?? null;
  if (penerapan === null) {
    return {
      verdict: 'ELIGIBLE',
      code: 'CARRY.PENERAPAN_DATE_MISSING',
      params: { ...window },
      basis: base,
      ...quiet,
    };
  }
  if (penerapan > window.to) {
    const params = { date: penerapan, ...window };
    return { verdict: 'INELIGIBLE', code: 'CARRY.PENERAPAN_AFTER_WINDOW', params, basis: base, ...quiet };
  }
  const max = edition.constants.maxSubmissions;
  const older = penerapan < window.from;
  const limitReached = previousSubmissions >= max.value;
  if (!older && !limitReached) {
    const params = { penerapan, ...window };
    return { verdict: 'ELIGIBLE', code: 'CARRY.IN_WINDOW', params, basis: base, ...quiet };
  }
  const pengembangan = profile.waktuPengembangan ?? null;
  const developedInWindow = pengembangan !== null && isInWindow(pengembangan, window);
  const basis = [...base, ...(limitReached ? [max] : []), CARRY_OVER_RULE.developmentNote];
  const common = { needsDevelopment: true, developedInWindow, basis };
  if (developedInWindow) {
    const params = { pengembangan, ...window };
    return { verdict: 'ELIGIBLE', code: 'CARRY.DEVELOPED_IN_WINDOW', params, ...common };
  }
  return older
    ? {
        verdict: 'DEVELOPMENT_REQUIRED',
        code: 'CARRY.DEVELOPMENT_REQUIRED',
        params: { penerapan, ...window },
        ...common,
      }
    : {
        verdict: 'DEVELOPMENT_REQUIRED',
        code: 'CARRY.SUBMISSION_LIMIT_REACHED',
        params: { previous: previousSubmissions, max: max.value, ...window },
        ...common,
      };
}

/**
 * May an innovation of an earlier period be submitted again in the target period, and what must it bring?
 * Reference §2.1: for assessment year Y an innovation applied (penerapan) in Y-2 .. Y-1 may be reported
 * again as it is (the BSKDN two-year rule, CONFIRMED [P24]; the 2026 window is SECONDARY [C1]; moved to
 * other years it is UNCONFIRMED); an older one, or one already taken part `maxSubmissions` times [P6], only
 * with a development (*pengembangan*) dated in the window and, since it is a re-submission, a development
 * note (INOVA-HUB's "Penjelasan Pengembangan", SECONDARY [C2]). Penerapan after the window cannot be
 * reported yet; inisiatif and uji coba are not age-checked (§12 item 3). The target must be a later
 * period without this innovation. The decision's `source` and `confidence` are those of the rule parts it
 * relied on (the weakest confidence). Never throws.
 */
export function decideCarryOver(
  edition: TEditionPack,
  input: CarryOverInput,
  options: CarryOverOptions = {},
): CarryOverDecision {
  const window = eligibilityWindowFor(edition, input.targetYear);
  const refuse = (code: string, params: IssueParams): CarryOverDecision => ({
    verdict: 'INELIGIBLE',
    code,
    params,
    developmentNoteRequired: false,
    developmentDateRequired: false,
    window,
    ...combineProvenance([CARRY_OVER_RULE.onePerPeriod]),
  });
  if (input.targetYear <= input.sourceYear) {
    return refuse('CARRY.TARGET_NOT_LATER', { sourceYear: input.sourceYear, targetYear: input.targetYear });
  }
  if (input.alreadyInTarget) return refuse('CARRY.ALREADY_IN_PERIOD', { targetYear: input.targetYear });
  const age = assessAge(edition, input.profile, input.previousSubmissions, input.targetYear, window);
  const noteOnEvery = options.noteOnEveryCarry === true && age.verdict !== 'INELIGIBLE';
  const basis =
    noteOnEvery && !age.needsDevelopment ? [...age.basis, CARRY_OVER_RULE.developmentNote] : age.basis;
  return {
    verdict: age.verdict,
    code: age.code,
    params: age.params,
    developmentNoteRequired: age.needsDevelopment || noteOnEvery,
    developmentDateRequired: age.needsDevelopment && !age.developedInWindow,
    window,
    ...combineProvenance(basis),
  };
}

/** What `isDevelopmentNoteRequired` reads: the profile and how often the innovation took part before. */
export interface DevelopmentNoteInput {
  readonly profile: CarryOverProfile;
  /** Earlier assessment years (before `assessmentYear`) in which the innovation took part. */
  readonly previousSubmissions: number;
}

/**
 * Whether a submission in `assessmentYear` needs a development note: it is a re-submission (the innovation
 * took part in an earlier year) whose eligibility rests on a development, i.e. penerapan before the window or
 * the submission limit reached (see `decideCarryOver`). A first submission never needs one.
 */
export function isDevelopmentNoteRequired(
  edition: TEditionPack,
  input: DevelopmentNoteInput,
  options: { readonly assessmentYear: number } & CarryOverOptions,
): boolean {
  if (input.previousSubmissions === 0) return false;
  const window = eligibilityWindowFor(edition, options.assessmentYear);
  const age = assessAge(edition, input.profile, input.previousSubmissions, options.assessmentYear, window);
  return age.needsDevelopment || (options.noteOnEveryCarry === true && age.verdict !== 'INELIGIBLE');
}
