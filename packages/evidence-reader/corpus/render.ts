// Renders corpus documents in the three forms an operator uploads: a PDF with a text layer (pdfkit), a scanned
// PDF (pages rendered by pdftoppm at 150-300 dpi, turned a few degrees, speckled, JPEG-compressed, then put back
// in a PDF as images) and a phone photo of the first page (JPEG, tilted, sheared, unevenly lit, soft, on a desk).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { DocSpec } from './templates.ts';

const exec = promisify(execFile);

/** A small seeded random source (mulberry32), so the corpus is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const TITLE = /^[A-Z0-9 ().,/-]+$/;

/** A PDF with a real text layer: A4, Times, titles centred and bold like a naskah dinas. */
export async function renderTextPdf(spec: DocSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    autoFirstPage: false,
    info: { Title: spec.fileName },
  });
  for (const lines of spec.pages) {
    doc.addPage();
    for (const line of lines) {
      const title = TITLE.test(line) && line.length < 70 && line.trim() !== '';
      doc.font(title ? 'Times-Bold' : 'Times-Roman').fontSize(title ? 12 : 11);
      doc.text(line || ' ', { align: title ? 'center' : 'left', lineGap: 2 });
    }
  }
  return collect(doc);
}

/** Renders PDF pages to greyscale PNGs with Poppler. */
async function rasterise(pdf: Buffer, dpi: number, firstOnly = false): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'inovda-corpus-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, pdf);
    const { stdout } = await exec('/usr/bin/pdfinfo', [file]);
    const pages = firstOnly ? 1 : Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? '1');
    const out: Buffer[] = [];
    for (let p = 1; p <= pages; p++) {
      const { stdout: png } = await exec(
        '/usr/bin/pdftoppm',
        ['-f', String(p), '-l', String(p), '-r', String(dpi), '-gray', '-png', '-singlefile', file],
        { encoding: 'buffer', maxBuffer: 200 * 1024 * 1024 },
      );
      out.push(png);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Speckle noise as a translucent RGBA layer (seeded). */
function noiseLayer(width: number, height: number, random: () => number, strength: number): Buffer {
  const buf = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = random() < 0.5 ? 0 : 255;
    buf[i * 4] = v;
    buf[i * 4 + 1] = v;
    buf[i * 4 + 2] = v;
    buf[i * 4 + 3] = Math.floor(random() * strength);
  }
  return buf;
}

async function degrade(
  png: Buffer,
  random: () => number,
  opts: { angle: number; quality: number; noise: number; blur?: number },
): Promise<Buffer> {
  const rotated = await sharp(png)
    .rotate(opts.angle, { background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = rotated.info;
  let image = sharp(rotated.data).composite([
    { input: noiseLayer(width, height, random, opts.noise), raw: { width, height, channels: 4 } },
  ]);
  if (opts.blur) image = image.blur(opts.blur);
  return image.greyscale().jpeg({ quality: opts.quality }).toBuffer();
}

/** A scanned PDF: every page an image, at `dpi`, turned and speckled, JPEG-compressed. */
export async function renderScanPdf(spec: DocSpec, seed: number): Promise<{ pdf: Buffer; dpi: number }> {
  const random = seeded(seed);
  const dpi = [150, 200, 300][Math.floor(random() * 3)] ?? 200;
  const pages = await rasterise(await renderTextPdf(spec), dpi);
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  for (const png of pages) {
    const jpeg = await degrade(png, random, {
      angle: (random() - 0.5) * 5,
      quality: 35 + Math.floor(random() * 40),
      noise: 60,
    });
    doc.addPage();
    doc.image(jpeg, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  return { pdf: await collect(doc), dpi };
}

/** A phone photo of the first page: tilted, sheared, lit from one side, slightly soft, on a dark desk. */
export async function renderPhoto(spec: DocSpec, seed: number): Promise<Buffer> {
  const random = seeded(seed);
  const [png] = await rasterise(await renderTextPdf(spec), 200, true);
  if (!png) throw new Error('no page');
  const angle = (random() - 0.5) * 8;
  const shear = (random() - 0.5) * 0.06;
  const base = await sharp(png)
    .affine(
      [
        [1, shear],
        [0, 1],
      ],
      { background: '#ffffff' },
    )
    .rotate(angle, { background: '#3a3026' })
    .extend({ top: 60, bottom: 60, left: 60, right: 60, background: '#3a3026' })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = base.info;
  const light = Buffer.from(
    `<svg width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="${(0.25 + random() * 0.2).toFixed(2)}"/>` +
      `</linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const lit = await sharp(base.data)
    .composite([{ input: light }])
    .toBuffer();
  return degrade(lit, random, { angle: 0, quality: 55 + Math.floor(random() * 20), noise: 40, blur: 0.6 });
}
