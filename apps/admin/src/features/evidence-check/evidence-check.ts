// The evidence check of an answer as innovation.byId returns it, and what the screens derive from it: the words
// of a finding in the user's language, whether it warrants a warning, and the verdict it suggests.
import type { TLanguage } from '../../i18n/languages';

export interface TEvidenceFindingView {
  code: string;
  severity: 'INFO' | 'WARNING';
  evidenceId: string | null;
  page: number | null;
  snippet: string | null;
  ocr: boolean;
  messages: { id: string; en: string };
}

export interface TEvidenceCheckView {
  status: 'PENDING' | 'DONE' | 'UNREADABLE' | 'FAILED';
  supportedTier: number | null;
  findings: TEvidenceFindingView[];
}

/** True while any answer's files are still being read (the screens poll until none is). */
export function hasPendingCheck(
  answers: readonly { evidenceCheck?: TEvidenceCheckView | null }[] | undefined,
): boolean {
  return (answers ?? []).some((a) => a.evidenceCheck?.status === 'PENDING');
}

/** True when the documents support less than the claim (the case to warn about). */
export function isBelowClaim(check: TEvidenceCheckView | null | undefined, claimedTier: number): boolean {
  return check?.status === 'DONE' && check.supportedTier !== null && check.supportedTier < claimedTier;
}

/** The finding's message in the language, with its page ("hal. 1" / "p. 1") when it has one. */
export function findingText(finding: TEvidenceFindingView, lng: TLanguage): string {
  const text = finding.messages[lng];
  if (finding.page === null) return text;
  const page = lng === 'id' ? `hal. ${finding.page}` : `p. ${finding.page}`;
  return `${text.replace(/\.$/, '')} (${page}).`;
}

/**
 * The verdict the check suggests for a claim it does not support: a downgrade to the supported tier (a reject
 * when it supports nothing), with a note made of its warnings, for the verifier to read, change or drop.
 */
export function suggestVerdict(
  check: TEvidenceCheckView | null | undefined,
  claimedTier: number,
  lng: TLanguage,
): { verdict: 'DOWNGRADED' | 'REJECTED'; verifiedTier: number | null; note: string } | null {
  if (!check || !isBelowClaim(check, claimedTier) || check.supportedTier === null) return null;
  const warnings = check.findings.filter((f) => f.severity === 'WARNING').map((f) => findingText(f, lng));
  const lead = lng === 'id' ? 'Pemeriksaan bukti:' : 'Evidence check:';
  const note = [lead, ...warnings.slice(0, 3)].join(' ');
  return check.supportedTier === 0
    ? { verdict: 'REJECTED', verifiedTier: null, note }
    : { verdict: 'DOWNGRADED', verifiedTier: check.supportedTier, note };
}
