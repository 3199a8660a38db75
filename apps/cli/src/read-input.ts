import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where a portfolio document comes from and what went wrong reading it. */
export type InputResult =
  | { ok: true; value: { text: string; label: string } }
  | { ok: false; error: { label: string; id: string; en: string } };

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads FILE (resolved against `cwd`, the directory the user ran the command from) or stdin for `-`.
 * Missing or unreadable files are reported, never thrown.
 */
export async function readInput(file: string, cwd: string, stdin: Readable): Promise<InputResult> {
  if (file === '-') return { ok: true, value: { text: await readStream(stdin), label: 'stdin' } };
  const path = resolve(cwd, file);
  try {
    return { ok: true, value: { text: await readFile(path, 'utf8'), label: file } };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        ok: false,
        error: { label: file, id: `Berkas tidak ditemukan: ${path}`, en: `File not found: ${path}` },
      };
    }
    if (code === 'EISDIR') {
      return {
        ok: false,
        error: {
          label: file,
          id: `Bukan berkas, melainkan folder: ${path}`,
          en: `Not a file but a directory: ${path}`,
        },
      };
    }
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      error: {
        label: file,
        id: `Berkas tidak dapat dibaca: ${detail}`,
        en: `Cannot read the file: ${detail}`,
      },
    };
  }
}
