import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { replayVerified } from './snapshot.ts';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Runs chunks through the replay; returns what came out and the error, if any. */
async function replay(chunks: Buffer[], expected: { sha256: string; size: number }) {
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
  const error = await pipeline(Readable.from(chunks), replayVerified(expected), sink).then(
    () => null,
    (e: unknown) => e as Error,
  );
  return { out: Buffer.concat(out), error };
}

describe('replayVerified', () => {
  const chunks = [Buffer.alloc(70_000, 1), Buffer.alloc(70_000, 2), Buffer.alloc(10, 3)];
  const whole = Buffer.concat(chunks);

  it('passes an unchanged file through byte for byte', async () => {
    const { out, error } = await replay(chunks, { sha256: sha(whole), size: whole.length });
    expect(error).toBeNull();
    expect(Buffer.compare(out, whole)).toBe(0);
  });

  it('never lets a changed file of the same size through complete: the last chunk is held back', async () => {
    const changed = [chunks[0]!, Buffer.alloc(70_000, 9), chunks[2]!];
    const { out, error } = await replay(changed, { sha256: sha(whole), size: whole.length });
    expect(error?.message).toMatch(/does not match its record/);
    expect(out.length).toBeLessThan(whole.length);
  });

  it('stops as soon as a file is longer than recorded', async () => {
    const longer = [...chunks, Buffer.alloc(80_000, 4)];
    const { out, error } = await replay(longer, { sha256: sha(whole), size: whole.length });
    expect(error?.message).toMatch(/more than/);
    expect(out.length).toBeLessThan(whole.length);
  });
});
