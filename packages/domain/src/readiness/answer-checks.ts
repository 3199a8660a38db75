import type { TSidIndicator } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import type { TVerdict } from '../scoring/verified-tier.ts';
import { normalizeFileKind } from './file-kind.ts';

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

/** Evidence counts when a file is attached, or a link where the indicator accepts links (35). */
export function hasEvidence(indicator: TSidIndicator, answer: ReadinessAnswer): boolean {
  return (
    answer.evidenceCount > 0 || (indicator.evidence.allowsLink === true && (answer.links?.length ?? 0) > 0)
  );
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
  if ((answer.links?.length ?? 0) > 0 && indicator.evidence.allowsLink !== true) {
    issues.push(createIssue('READINESS.LINK_NOT_ALLOWED', path, 'WARNING', { code }));
  }
  if (answer.claimedTier === 0) return issues;
  // A claimed tier without evidence scores 0 once verified; for a mandatory indicator it blocks sending.
  if (!hasEvidence(indicator, answer)) {
    issues.push(
      createIssue('READINESS.EVIDENCE_MISSING', path, indicator.mandatory ? 'ERROR' : 'WARNING', { code }),
    );
  }
  if (indicator.bases) {
    const basis = answer.basis ?? null;
    if (basis === null) issues.push(createIssue('READINESS.BASIS_REQUIRED', path, 'ERROR', { code }));
    else if (!indicator.bases.some((b) => b.code === basis)) {
      issues.push(createIssue('READINESS.BASIS_UNKNOWN', path, 'ERROR', { code, basis }));
    }
  }
  return issues;
}
