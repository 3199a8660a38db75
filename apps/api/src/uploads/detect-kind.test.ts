import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectEvidenceKind } from './detect-kind.ts';
import { sampleJpeg, sampleMp4, sampleNoise, samplePdf, samplePng } from './testing/sample-files.ts';

describe('detectEvidenceKind', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'inovda-kind-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function detect(name: string, bytes: Buffer) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return detectEvidenceKind(path);
  }

  it.each([
    ['scan.pdf', samplePdf(4096), 'PDF', 'application/pdf'],
    ['photo.jpg', sampleJpeg(), 'JPEG', 'image/jpeg'],
    ['screen.png', samplePng(), 'PNG', 'image/png'],
    ['video.mp4', sampleMp4(2048), 'MP4', 'video/mp4'],
  ])('recognises %s by its content', async (name, bytes, kind, mimeType) => {
    expect(await detect(name, bytes)).toEqual({ kind, mimeType });
  });

  it('goes by content, not by name: PNG bytes named .pdf are PNG', async () => {
    expect(await detect('laporan.pdf', samplePng())).toEqual({ kind: 'PNG', mimeType: 'image/png' });
  });

  it('refuses random bytes, plain text and other real formats', async () => {
    expect(await detect('noise.pdf', sampleNoise(4096))).toBeNull();
    expect(await detect('notes.pdf', Buffer.from('just some text, not a document'))).toBeNull();
    const gif = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');
    expect(await detect('anim.png', gif)).toBeNull();
  });
});
