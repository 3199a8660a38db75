import type { TEditionPack, TSidIndicator } from '../editions/schema.ts';
import { compileEdition } from '../scoring/compile-edition.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import type { TVerdict } from '../scoring/verified-tier.ts';
import { normalizeFileKind } from './file-kind.ts';
import { checkAnswerBasis, linksAllowed } from './resolve-answer.ts';

/** What readiness needs to know about one SID answer. */
export interface ReadinessAnswer {
  readonly code: string;
  readonly claimedTier: number;
  /** Indicator 33's basis (`a`..`f`). */
  readonly basis?: string | null;
  readonly evidenceCount: number;
  /** Extension or MIME type of each attached file (`pdf`, `image/png` ...), when known. */
  readonly evidenceKinds?: readonly string[];
  readonly links?: readonly string[];
  readonly verdict?: TVerdict;
  readonly verifiedTier?: number | null;
}

/** What "has evidence" reads of an answer: how many files are attached, and its links. */
export type EvidenceOfAnswer = Pick<ReadinessAnswer, 'evidenceCount' | 'links'>;

/**
 * Evidence counts when a file is attached, or a link where the indicator accepts links (35): the verifier can
 * judge it. An answer without evidence scores 0 once verified (`resolveVerifiedTier`).
 */
export function hasEvidence(indicator: TSidIndicator, answer: EvidenceOfAnswer): boolean {
  return (
    answer.evidenceCount > 0 || (indicator.evidence.allowsLink === true && (answer.links?.length ?? 0) > 0)
  );
}

/**
 * `hasEvidence` of an answer found by its indicator code in `pack`. A code the pack does not know accepts no
 * links, so only an attached file counts there.
 */
export function hasAnswerEvidence(
  pack: TEditionPack,
  answer: EvidenceOfAnswer & Pick<ReadinessAnswer, 'code'>,
): boolean {
  const index = compileEdition(pack).sidIndex.get(answer.code);
  const indicator = index === undefined ? undefined : pack.sid[index];
  return indicator ? hasEvidence(indicator, answer) : answer.evidenceCount > 0;
}

/** Evidence, file-kind, link and basis checks of one answered indicator. */
export function checkAnswer(indicator: TSidIndicator, answer: ReadinessAnswer): ValidationIssue[] {
  const { code } = indicator;
  const path = ['indicators', code];
  const issues: ValidationIssue[] = [];
  const allowed = indicator.evidence.fileKinds;
  for (const kind of answer.evidenceKinds ?? []) {
    const normalized = normalizeFileKind(kind);
    if (!normalized || !allowed.includes(normalized)) {
      issues.push(createIssue('READINESS.EVIDENCE_KIND_NOT_ALLOWED', path, 'ERROR', { code, kind, allowed }));
    }
  }
  if (!linksAllowed(indicator, answer.links)) {
    issues.push(createIssue('READINESS.LINK_NOT_ALLOWED', path, 'WARNING', { code }));
  }
  if (answer.claimedTier === 0) return issues;
  // A claimed tier without evidence scores 0 once verified; for a mandatory indicator it blocks sending.
  if (!hasEvidence(indicator, answer)) {
    issues.push(
      createIssue('READINESS.EVIDENCE_MISSING', path, indicator.mandatory ? 'ERROR' : 'WARNING', { code }),
    );
  }
  const basisIssue = checkAnswerBasis(indicator, answer.basis ?? null, true);
  if (basisIssue) issues.push(basisIssue);
  return issues;
}
