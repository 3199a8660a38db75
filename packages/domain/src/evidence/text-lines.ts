import { words } from './fuzzy.ts';

/** The text of one page of an evidence file, and whether it came from OCR (a scan or a photo). */
export interface EvidencePage {
  /** 1-based page number. */
  readonly page: number;
  readonly text: string;
  readonly ocr: boolean;
}

/** One non-empty line of a document, with its folded words. */
export interface TextLine {
  readonly page: number;
  readonly ocr: boolean;
  /** The line as read, trimmed (for snippets). */
  readonly raw: string;
  readonly words: readonly string[];
  /** Position in the document (0-based over all pages). */
  readonly index: number;
}

/** Splits pages into non-empty lines with their folded words. */
export function toLines(pages: readonly EvidencePage[]): TextLine[] {
  const out: TextLine[] = [];
  for (const page of pages) {
    for (const line of page.text.split(/\r?\n/)) {
      const raw = line.replace(/\s+/g, ' ').trim();
      const lineWords = words(raw);
      if (lineWords.length === 0) continue;
      out.push({ page: page.page, ocr: page.ocr, raw, words: lineWords, index: out.length });
    }
  }
  return out;
}

const SNIPPET_MAX = 160;

/** A line (and the next, when the match runs over) as a short snippet for a person to see. */
export function snippetOf(lines: readonly TextLine[], index: number, span = 1): string {
  const text = lines
    .slice(index, index + span)
    .map((l) => l.raw)
    .join(' ');
  return text.length > SNIPPET_MAX ? `${text.slice(0, SNIPPET_MAX - 1)}…` : text;
}
