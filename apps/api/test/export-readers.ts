// Independent readers for the export tests: the raw body of a download, a ZIP's files (yauzl), the text a
// PDF shows (read by pdf.js) and the fonts it uses.
import { createHash } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import yauzl from 'yauzl';

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export function binary(res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

export function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(files));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

/**
 * The text of a PDF as a reader extracts it (Mozilla's pdf.js: fonts' ToUnicode maps applied, so an embedded
 * font's glyph ids come back as the characters they draw), one line per text run, pages in order.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 })
    .promise;
  const lines: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str !== '') lines.push(item.str);
  }
  await document.destroy();
  return lines.join('\n');
}

/** The names of the fonts a PDF uses, and whether each is embedded (a font file in the PDF). */
export function pdfFonts(pdf: Buffer): { names: string[]; embedded: boolean } {
  const raw = pdf.toString('latin1');
  const names = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]!);
  return { names: [...new Set(names)], embedded: /\/FontFile2\b/.test(raw) };
}
