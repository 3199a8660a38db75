// Tiny, valid evidence files generated in code for the demo (no binary blobs in the repository). Every file
// carries its own label, so each has distinct content and therefore a distinct sha256.
import { crc32, deflateSync } from 'node:zlib';
import { must } from './must.ts';

const ascii = (text: string) => new TextEncoder().encode(text);

/** Keeps PDF string literals valid: printable ASCII only, with ( ) \ escaped. */
function pdfText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/[()\\]/g, (c) => `\\${c}`);
}

/** A one-page PDF 1.4 showing the given lines, with a correct cross-reference table. */
export function generatePdf(lines: string[]): Uint8Array {
  const content = [
    'BT',
    '/F1 11 Tf',
    '50 780 Td',
    '14 TL',
    ...lines.map((l) => `(${pdfText(l)}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${ascii(content).length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(ascii(body).length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = ascii(body).length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return ascii(body);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = new Uint8Array([...ascii(type), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** A small RGB PNG: a two-colour diagonal pattern derived from `seed`, with `label` in a tEXt chunk. */
export function generatePng(label: string, seed: number, size = 32): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, default compression/filter, no interlace
  const colours = [
    [seed & 0xff, (seed >> 8) & 0xff, (seed >> 16) & 0xff],
    [255 - (seed & 0xff), 200, 255 - ((seed >> 16) & 0xff)],
  ];
  const raw = new Uint8Array(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) raw.set(must(colours[(x + y) % 8 < 4 ? 0 : 1], 'colour'), row + 1 + x * 3);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', ascii(`Title\0${label.normalize('NFKD').replace(/[^\x20-\x7e]/g, '')}`)),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
