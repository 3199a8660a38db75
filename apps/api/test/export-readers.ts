// Independent readers for the export tests: the raw body of a download, a ZIP's files (yauzl), the text a
// PDF draws (content streams inflated, TJ hex strings decoded).
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
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

/** The text drawn in a PDF: content streams inflated, hex strings of the TJ/Tj operators decoded and joined. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      parts.push(
        [...op[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
          .join(''),
      );
    }
  }
  return parts.join('\n');
}
