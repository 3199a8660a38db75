/** The text of one page and how it was read. */
export interface PageText {
  /** 1-based page number. */
  readonly page: number;
  readonly text: string;
  /** TEXT: the PDF's own text layer; OCR: Tesseract on the rendered page or the image. */
  readonly method: 'TEXT' | 'OCR';
  /** Tesseract's mean word confidence 0..100 for OCR pages, null for text pages. */
  readonly confidence: number | null;
}

/**
 * What reading a file gave. READ: some text on at least one page; UNREADABLE: a file we can open but in which no
 * text could be found (a blank scan, a photo of nothing legible, a video); FAILED: the file could not be opened
 * or reading ran out of time (the job may retry it).
 */
export type ReadStatus = 'READ' | 'UNREADABLE' | 'FAILED';

export interface ReadResult {
  readonly status: ReadStatus;
  readonly pages: readonly PageText[];
  /** Pages in the file (null when it could not be opened). */
  readonly pageCount: number | null;
  /** True when the file had more pages than `maxPages` and only the first were read. */
  readonly truncated: boolean;
  /** Why reading failed, in English for the log (never shown as such to a user). */
  readonly error: string | null;
  readonly ms: number;
}

/** Limits on one file: pages read, total time, OCR resolution and languages. */
export interface ReadLimits {
  /** Pages read at most (default 30); a longer file is read up to here and marked truncated. */
  readonly maxPages?: number;
  /** Total time for one file in ms (default 120 000); past it reading stops as FAILED. */
  readonly timeoutMs?: number;
  /** Resolution pages are rendered at for OCR (default 200 dpi). */
  readonly ocrDpi?: number;
  /** Tesseract languages (default "ind"; Debian's tesseract-ocr-ind). */
  readonly ocrLanguages?: string;
  /** A text page with fewer letters than this is OCRed instead (default 40). */
  readonly minTextChars?: number;
  /** Pages of one file OCRed at the same time (default 2, the cores of the reference machine). */
  readonly ocrConcurrency?: number;
}

/** The kinds of file the upload accepts (apps/api detect-kind). */
export type EvidenceFileKind = 'PDF' | 'JPEG' | 'PNG' | 'MP4';
