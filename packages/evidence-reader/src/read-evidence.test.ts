// Reads real generated files (text PDF, scanned PDF, photo) with the real pdfjs, pdftoppm/pdfimages and
// Tesseract; no part of the reading is replaced.
import { describe, expect, it } from 'vitest';
import { renderPhoto, renderScanPdf, renderTextPdf, templates } from '../corpus/index.ts';
import { readEvidence } from './read-evidence.ts';

const NAME = 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)';
const spec = templates.perbup(2024, NAME, false, 1);

describe('readEvidence', () => {
  it('reads the text layer of a PDF page by page, lines kept', async () => {
    const read = await readEvidence({ bytes: await renderTextPdf(spec), kind: 'PDF' });
    expect(read).toMatchObject({ status: 'READ', pageCount: 2, truncated: false, error: null });
    expect(read.pages.map((p) => p.method)).toEqual(['TEXT', 'TEXT']);
    expect(read.pages[0]?.text.split('\n').slice(0, 4)).toEqual([
      'BUPATI PATI',
      'PROVINSI JAWA TENGAH',
      'PERATURAN BUPATI PATI',
      'NOMOR 27 TAHUN 2024',
    ]);
  });

  it('reads a scanned PDF with Indonesian OCR and says how sure it is', async () => {
    const { pdf } = await renderScanPdf({ fileName: 'sk.pdf', pages: [spec.pages[0]?.slice(0, 8) ?? []] }, 3);
    const read = await readEvidence({ bytes: pdf, kind: 'PDF' });
    expect(read.status).toBe('READ');
    expect(read.pages[0]?.method).toBe('OCR');
    expect(read.pages[0]?.text).toMatch(/PERATURAN BUPATI PATI/);
    expect(read.pages[0]?.confidence).toBeGreaterThan(60);
  }, 120_000);

  it('reads a phone photo', async () => {
    const read = await readEvidence({
      bytes: await renderPhoto({ fileName: 'p.pdf', pages: [spec.pages[0]?.slice(0, 8) ?? []] }, 5),
      kind: 'JPEG',
    });
    expect(read.status).toBe('READ');
    expect(read.pages[0]?.text).toMatch(/BUPATI/);
  }, 120_000);

  it('stops at the page limit and says so', async () => {
    const long = templates.perda(2022, 5);
    const read = await readEvidence({ bytes: await renderTextPdf(long), kind: 'PDF' }, { maxPages: 2 });
    expect(read).toMatchObject({ status: 'READ', pageCount: 6, truncated: true });
    expect(read.pages).toHaveLength(2);
  });

  it('calls a blank scan unreadable, a broken file failed, a video unreadable', async () => {
    const { pdf } = await renderScanPdf({ fileName: 'blank.pdf', pages: [['']] }, 1);
    expect((await readEvidence({ bytes: pdf, kind: 'PDF' })).status).toBe('UNREADABLE');
    const broken = await readEvidence({
      bytes: new TextEncoder().encode('%PDF-1.7 not really'),
      kind: 'PDF',
    });
    expect(broken.status).toBe('FAILED');
    expect(broken.error).not.toBeNull();
    expect((await readEvidence({ bytes: new Uint8Array([0, 0, 0, 24]), kind: 'MP4' })).status).toBe(
      'UNREADABLE',
    );
  }, 120_000);

  it('fails, and says why, when reading runs out of time', async () => {
    const { pdf } = await renderScanPdf(spec, 9);
    const read = await readEvidence({ bytes: pdf, kind: 'PDF' }, { timeoutMs: 1 });
    expect(read.status).toBe('FAILED');
    expect(read.error).toMatch(/time limit/);
  }, 120_000);
});
