import type { IssueParams } from '../issues.ts';
import type { DocumentFacts } from './classify-document.ts';
import type { EvidencePage } from './text-lines.ts';

/** One evidence file as read: its name (for messages), whether any text could be read, and its pages. */
export interface EvidenceDocumentInput {
  readonly name: string;
  /** False when the file could not be read (no text layer and OCR found nothing, or reading failed). */
  readonly readable: boolean;
  readonly pages: readonly EvidencePage[];
}

/** What the assessment needs to know about the innovation. */
export interface EvidenceInnovation {
  readonly name: string;
  /** Year the innovation was put into practice (for "SK in the year of penerapan"); null when unknown. */
  readonly penerapanYear: number | null;
  /** The Pemda's own region, e.g. "Kabupaten Pati" (so that replication counts only other regions). */
  readonly regionName?: string;
}

/** How much a finding matters: advice only, never a block. */
export type EvidenceFindingSeverity = 'INFO' | 'WARNING';

/**
 * One finding of the evidence check: a stable `code` (`EVIDENCE.*`, worded in `ISSUE_MESSAGES`), where it was
 * read (page and snippet, null when it concerns no single place), which document (index into the input), and
 * whether the text there came from OCR (so a person confirms it).
 */
export interface EvidenceFinding {
  readonly code: string;
  readonly severity: EvidenceFindingSeverity;
  readonly document: number | null;
  readonly page: number | null;
  readonly snippet: string | null;
  readonly ocr: boolean;
  readonly params: IssueParams;
}

/** The result of `assessEvidence`. */
export interface EvidenceAssessment {
  /** False when the indicator has no expectations (photos, screenshots, video): nothing is said about it. */
  readonly assessed: boolean;
  /** The tier the documents support, or null when it cannot be said (nothing readable, or not assessed). */
  readonly supportedTier: 0 | 1 | 2 | 3 | null;
  readonly findings: readonly EvidenceFinding[];
  /** What was read from each input document (null for unreadable ones), in input order. */
  readonly documents: readonly (DocumentFacts | null)[];
}
