// Reads the text of an evidence file page by page: the PDF text layer where there is one, OCR where a page is
// a scan, OCR for photos. Bounded in pages and time; the outcome is a state a person can read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractScan, ocrImage, ReadTimeoutError, renderPage } from './ocr.ts';
import { openPdf, pageText } from './pdf-text.ts';
import type { EvidenceFileKind, PageText, ReadLimits, ReadResult } from './types.ts';

export const DEFAULT_LIMITS = {
  maxPages: 30,
  timeoutMs: 120_000,
  ocrDpi: 200,
  ocrLanguages: 'ind',
  minTextChars: 40,
  ocrConcurrency: 2,
} as const satisfies Required<ReadLimits>;

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** READ when some page has readable words, else UNREADABLE. */
function outcome(pages: PageText[], pageCount: number, truncated: boolean, started: number): ReadResult {
  const readable = pages.some((p) => letters(p.text) >= 10);
  return {
    status: readable ? 'READ' : 'UNREADABLE',
    pages,
    pageCount,
    truncated,
    error: null,
    ms: Date.now() - started,
  };
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of the results. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function readPdf(
  bytes: Uint8Array,
  limits: Required<ReadLimits>,
  signal: AbortSignal,
  started: number,
) {
  const pdf = await openPdf(bytes);
  let dir: string | null = null;
  try {
    const pageCount = pdf.numPages;
    const last = Math.min(pageCount, limits.maxPages);
    const texts: string[] = [];
    for (let page = 1; page <= last; page++) {
      if (signal.aborted) throw new ReadTimeoutError();
      texts.push(await pageText(pdf, page));
    }
    const scanned = texts.flatMap((text, i) => (letters(text) < limits.minTextChars ? [i + 1] : []));
    const ocr = new Map<number, { text: string; confidence: number }>();
    if (scanned.length > 0) {
      // Pages without a usable text layer are scans: take the page image out (or render the page) and OCR it.
      const workDir = await mkdtemp(join(tmpdir(), 'inovda-read-'));
      dir = workDir;
      const file = join(workDir, 'file.pdf');
      await writeFile(file, bytes);
      const reads = await mapLimit(scanned, limits.ocrConcurrency, async (page) => {
        const image =
          (await extractScan(file, page, workDir, signal)) ??
          (await renderPage(file, page, limits.ocrDpi, signal));
        return [page, await ocrImage(image, limits.ocrLanguages, signal)] as const;
      });
      for (const [page, read] of reads) ocr.set(page, read);
    }
    const pages: PageText[] = texts.map((text, i) => {
      const read = ocr.get(i + 1);
      return read
        ? { page: i + 1, text: read.text, method: 'OCR', confidence: read.confidence }
        : { page: i + 1, text, method: 'TEXT', confidence: null };
    });
    return outcome(pages, pageCount, pageCount > last, started);
  } finally {
    await pdf.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Reads the text of an evidence file, page by page. PDF pages with a text layer are read as text; pages without
 * (scans) are rendered with pdftoppm and read by Tesseract (Indonesian); JPEG/PNG are read by Tesseract; MP4 is
 * UNREADABLE (a video has no text to read). Never throws: a corrupt file or a run past `timeoutMs` is FAILED.
 */
export async function readEvidence(
  input: { readonly bytes: Uint8Array; readonly kind: EvidenceFileKind },
  limits: ReadLimits = {},
): Promise<ReadResult> {
  const started = Date.now();
  const resolved: Required<ReadLimits> = { ...DEFAULT_LIMITS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), resolved.timeoutMs);
  try {
    switch (input.kind) {
      case 'MP4':
        return { status: 'UNREADABLE', pages: [], pageCount: null, truncated: false, error: null, ms: 0 };
      case 'PDF':
        return await readPdf(input.bytes, resolved, controller.signal, started);
      case 'JPEG':
      case 'PNG': {
        const read = await ocrImage(input.bytes, resolved.ocrLanguages, controller.signal);
        return outcome(
          [{ page: 1, text: read.text, method: 'OCR', confidence: read.confidence }],
          1,
          false,
          started,
        );
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'FAILED',
      pages: [],
      pageCount: null,
      truncated: false,
      error: message,
      ms: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
  }
}
