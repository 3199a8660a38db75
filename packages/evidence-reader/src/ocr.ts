// OCR with Debian's Tesseract (tesseract-ocr + tesseract-ocr-ind) and Poppler's pdftoppm, run as child
// processes: nothing is downloaded at run time, and one OCR at a time keeps a 2-core machine responsive.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { ocrProcessEnv, PDFIMAGES, PDFTOPPM, TESSERACT } from './env.ts';

export class ReadTimeoutError extends Error {
  constructor() {
    super('reading the file took longer than its time limit');
  }
}

/** Runs a program with `input` on stdin and returns stdout; rejects on a non-zero exit or when `signal` fires. */
function run(
  program: string,
  args: string[],
  input: Uint8Array | null,
  signal: AbortSignal,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new ReadTimeoutError());
      return;
    }
    // One OpenMP thread: several files may be read at once, and the API shares the machine.
    const child = spawn(program, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: ocrProcessEnv(),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const onAbort = () => child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(new ReadTimeoutError());
      else if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${program} exited ${code}: ${Buffer.concat(err).toString().slice(0, 300)}`));
    });
    child.stdin.on('error', () => undefined); // the program may exit before reading all input
    child.stdin.end(input ?? undefined);
  });
}

/** Renders one page of a PDF file to a greyscale PNG at `dpi`. */
export function renderPage(pdfPath: string, page: number, dpi: number, signal: AbortSignal): Promise<Buffer> {
  return run(
    PDFTOPPM,
    ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-png', '-singlefile', pdfPath],
    null,
    signal,
  );
}

const MIN_SCAN_SIDE = 800;

/**
 * The scanned image of a page, taken out of the PDF as it is (pdfimages): a scan is one large image per page,
 * and reading it directly skips rendering the page again. Null when the page holds no image that large (then
 * the page is rendered with `renderPage`).
 */
export async function extractScan(
  pdfPath: string,
  page: number,
  dir: string,
  signal: AbortSignal,
): Promise<Buffer | null> {
  const list = (
    await run(PDFIMAGES, ['-list', '-f', String(page), '-l', String(page), pdfPath], null, signal)
  ).toString();
  const rows = list
    .split('\n')
    .slice(2)
    .map((r) => r.trim().split(/\s+/))
    .filter((c) => c.length > 4);
  const large = rows.filter(
    (c) => c[2] === 'image' && Number(c[3]) >= MIN_SCAN_SIDE && Number(c[4]) >= MIN_SCAN_SIDE,
  );
  if (large.length !== 1) return null;
  const prefix = join(dir, `p${page}`);
  await run(PDFIMAGES, ['-f', String(page), '-l', String(page), '-j', '-png', pdfPath, prefix], null, signal);
  const files = (await readdir(dir)).filter((f) => f.startsWith(`p${page}-`));
  const file = files[0];
  if (files.length !== 1 || !file) return null;
  return readFile(join(dir, file));
}

/** OCR of one image (PNG/JPEG bytes): the text and the mean word confidence (0..100). */
export async function ocrImage(
  image: Uint8Array,
  languages: string,
  signal: AbortSignal,
): Promise<{ text: string; confidence: number }> {
  // Scanner speckle makes Tesseract's layout analysis find no text at all (and take ten times longer): a 3x3
  // median filter on the greyscale image removes it and keeps the strokes of 10-12 pt text at 150 dpi and up.
  const cleaned = await sharp(image).greyscale().median(3).png().toBuffer();
  // TSV output gives each word's confidence; lines are rebuilt from its block/paragraph/line numbers.
  const tsv = (
    await run(TESSERACT, ['stdin', 'stdout', '-l', languages, '--psm', '3', 'tsv'], cleaned, signal)
  ).toString('utf8');
  const lines = new Map<string, string[]>();
  let sum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols[11]?.trim() ?? '';
    if (!text) continue;
    const key = `${cols[1]}.${cols[2]}.${cols[3]}.${cols[4]}`;
    lines.set(key, [...(lines.get(key) ?? []), text]);
    const conf = Number(cols[10]);
    if (conf >= 0) {
      sum += conf;
      words += 1;
    }
  }
  return {
    text: [...lines.values()].map((l) => l.join(' ')).join('\n'),
    confidence: words ? Math.round(sum / words) : 0,
  };
}
