import { hasEvidence, type TSidIndicator, type TVerdict } from '@inovda/domain';
import type { TEvidenceCheckView } from '../../../features/evidence-check/evidence-check';

/** One stored evidence file attached to an answer. */
export interface TEvidenceView {
  id: string;
  originalName: string;
  /** The content-checked kind (PDF, JPEG, PNG, MP4). */
  kind: string;
  size: number;
}

/** The operator's answer to one SID indicator, with the verifier's verdict (what the cards show). */
export interface TAnswerView {
  code: string;
  claimedTier: number;
  basis: string | null;
  /** Indicator 33's measured figure (JSON on the server; a decimal string when set). */
  rawValue?: unknown;
  links: string[];
  verdict: TVerdict;
  verifiedTier: number | null;
  verifierNote: string | null;
  evidence: TEvidenceView[];
  /** What the automatic evidence check says (null where documents cannot say; absent in older data). */
  evidenceCheck?: TEvidenceCheckView | null;
}

/**
 * An indicator counts as filled when a tier is chosen and it has evidence (the domain's `hasEvidence`: a file
 * or, where the indicator allows it, a link), and the verifier has not rejected it: a rejected answer needs
 * work, so it loses its "complete" mark.
 */
export function isAnswerComplete(answer: TAnswerView | undefined, indicator: TSidIndicator): boolean {
  if (!answer || answer.claimedTier < 1 || answer.verdict === 'REJECTED') return false;
  return hasEvidence(indicator, { evidenceCount: answer.evidence.length, links: answer.links });
}

/** The verifier said something the operator should read: a downgrade, a rejection, or any note. */
export function hasVerifierFeedback(answer: TAnswerView | undefined): boolean {
  if (!answer) return false;
  return (
    answer.verdict === 'DOWNGRADED' || answer.verdict === 'REJECTED' || Boolean(answer.verifierNote?.trim())
  );
}
