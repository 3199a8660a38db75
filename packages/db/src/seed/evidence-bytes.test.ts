import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generatePdf, generatePng } from './evidence-bytes.ts';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('generatePdf', () => {
  it('writes a cross-reference table whose offsets point at each object', () => {
    const text = latin1(generatePdf(['Inovasi: BERDENTING', 'Indikator 16 (tingkat 3) \\ ok']));
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    expect(text).toContain('(Indikator 16 \\(tingkat 3\\) \\\\ ok)');
  });

  it('keeps only printable ASCII in strings and gives distinct files for distinct labels', () => {
    expect(latin1(generatePdf(['Kecamatan — Pati']))).toContain('(Kecamatan  Pati)');
    expect(latin1(generatePdf(['a']))).not.toBe(latin1(generatePdf(['b'])));
  });
});

describe('generatePng', () => {
  it('writes valid chunks (CRC) and image data of the declared size', () => {
    const png = generatePng('SIJAKAPATI - indikator 25', 12345, 16);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const chunks: string[] = [];
    let idat: Uint8Array | undefined;
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      const type = latin1(png.subarray(at + 4, at + 8));
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      if (type === 'IDAT') idat = png.subarray(at + 8, at + 8 + length);
      chunks.push(type);
      at += 12 + length;
    }
    expect(chunks).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND']);
    expect(inflateSync(idat!).length).toBe(16 * (1 + 16 * 3));
    expect(latin1(generatePng('a', 1))).not.toBe(latin1(generatePng('b', 1)));
  });
});
