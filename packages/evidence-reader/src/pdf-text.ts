// The PDF text layer with pdfjs-dist (the legacy build runs on Node 20 without a DOM). Text items are joined
// into lines by their baseline, so a title or a table row reads as one line, as it does on paper.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

type TextContentItem = Awaited<
  ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>
>['items'][number];
type TextItem = Extract<TextContentItem, { str: string }>;

function isTextItem(item: TextContentItem): item is TextItem {
  return 'str' in item;
}

/** Joins positioned items into lines, top to bottom, left to right. */
export function itemsToLines(items: readonly Item[]): string {
  const sorted = [...items].filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Same line when the baselines are within half a glyph height.
    if (line && first && Math.abs(first.y - item.y) <= Math.max(2, Math.min(first.h, item.h) / 2))
      line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) => {
      const ordered = line.sort((a, b) => a.x - b.x);
      let out = '';
      let end = -Infinity;
      for (const item of ordered) {
        // A gap wider than a space between two items becomes a space (table cells, justified text).
        if (out !== '' && item.x - end > 1) out += ' ';
        out += item.str;
        end = item.x + item.w;
      }
      return out.replace(/\s+/g, ' ').trim();
    })
    .join('\n');
}

/** Opens a PDF; pdfjs needs its own copy of the bytes. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

/** The text layer of one page as lines. */
export async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const items: Item[] = content.items.filter(isTextItem).map((i) => {
      // pdfjs types the transform matrix loosely: [a, b, c, d, e, f], e/f the position, d the glyph height.
      const [, , , d, e, f] = i.transform as number[];
      return { str: i.str, x: e ?? 0, y: f ?? 0, w: i.width, h: i.height || Math.abs(d ?? 0) };
    });
    return itemsToLines(items);
  } finally {
    page.cleanup();
  }
}
