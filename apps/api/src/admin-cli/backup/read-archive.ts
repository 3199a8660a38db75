// Reading a backup archive: walk its entries in order, and the check that runs before a restore touches
// anything (every part present, with the size and sha256 the manifest says, and nothing else).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { AdminError, both } from '../io.ts';
import { MANIFEST_NAME, type TManifest, ZManifest } from './manifest.ts';

/** Calls `onEntry` for each entry of the tar at `file`, in order; each entry must be consumed. */
export async function walkArchive(
  file: string,
  onEntry: (name: string, stream: Readable) => Promise<void>,
): Promise<void> {
  const reader = extract();
  const source = createReadStream(file);
  source.on('error', (error) => reader.destroy(error));
  source.pipe(reader);
  for await (const entry of reader) {
    // tar-stream's entries are streamx Readables, async-iterable and pipeable like node's.
    await onEntry(entry.header.name, entry as unknown as Readable);
  }
}

function invalid(id: string, en: string): AdminError {
  return new AdminError(
    both(
      `Arsip cadangan rusak atau tidak dapat dipakai: ${id}`,
      `The backup archive is damaged or unusable: ${en}`,
    ),
  );
}

/** Reads the whole archive once and returns its manifest, or throws naming what is wrong. */
export async function verifyArchive(file: string): Promise<TManifest> {
  const seen = new Map<string, { sha256: string; size: number }>();
  let manifestText: string | undefined;
  try {
    await walkArchive(file, async (name, stream) => {
      const hash = createHash('sha256');
      let size = 0;
      const chunks: Buffer[] = [];
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        size += buffer.length;
        if (name === MANIFEST_NAME) chunks.push(buffer);
      }
      if (seen.has(name)) throw invalid(`bagian ganda ${name}`, `duplicate part ${name}`);
      seen.set(name, { sha256: hash.digest('hex'), size });
      if (name === MANIFEST_NAME) manifestText = Buffer.concat(chunks).toString('utf8');
    });
  } catch (error) {
    if (error instanceof AdminError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw invalid(`tidak terbaca sebagai tar (${reason})`, `not readable as tar (${reason})`);
  }
  if (manifestText === undefined) throw invalid('manifest.json tidak ada', 'manifest.json is missing');
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    throw invalid('manifest.json bukan JSON', 'manifest.json is not JSON');
  }
  const manifest = ZManifest.safeParse(parsed);
  if (!manifest.success) {
    throw invalid(
      'manifest.json bukan cadangan Inovda versi 1',
      'manifest.json is not an Inovda backup of version 1',
    );
  }
  const expected = [...manifest.data.tables, ...manifest.data.files];
  const problems: string[] = [];
  for (const part of expected) {
    const got = seen.get(part.name);
    if (!got) problems.push(`${part.name}: hilang / missing`);
    else if (got.sha256 !== part.sha256 || got.size !== part.size)
      problems.push(`${part.name}: sha256/ukuran berbeda / sha256 or size differs`);
  }
  const listed = new Set([MANIFEST_NAME, ...expected.map((part) => part.name)]);
  for (const name of seen.keys())
    if (!listed.has(name)) problems.push(`${name}: tidak tercatat / not listed`);
  if (problems.length > 0) {
    throw new AdminError(
      both(
        'Arsip cadangan rusak; tidak ada yang diubah:',
        'The backup archive is damaged; nothing was changed:',
      ) + `\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
  return manifest.data;
}
