// The authorization matrix: every procedure of the app router x every actor, expected allow or deny.
// A procedure without an entry fails the test, so nothing new ships without its access decided.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers/index.ts';
import { ACTORS, type Actor, createHarness, type Harness } from './harness.ts';
import { carryOverEntries } from './matrix/carry-over.ts';
import { coreEntries } from './matrix/core.ts';
import { editionEntries } from './matrix/edition.ts';
import { exportEntries } from './matrix/export.ts';
import { importEntries } from './matrix/import.ts';
import { innovationEntries } from './matrix/innovation.ts';
import { nationalResultEntries } from './matrix/national-result.ts';
import { packageEntries } from './matrix/package.ts';
import { regionEntries } from './matrix/region.ts';
import { reminderEntries } from './matrix/reminder.ts';
import type { MatrixTable } from './matrix/types.ts';

const table: MatrixTable = {
  ...coreEntries,
  ...innovationEntries,
  ...exportEntries,
  ...importEntries,
  ...packageEntries,
  ...reminderEntries,
  ...carryOverEntries,
  ...editionEntries,
  ...regionEntries,
  ...nationalResultEntries,
};
const procedures = Object.keys(appRouter._def.procedures).sort();

type AnyCall = (input?: unknown) => Promise<unknown>;
function procedureAt(caller: unknown, path: string): AnyCall {
  let node = caller as Record<string, unknown>;
  for (const segment of path.split('.')) node = node[segment] as Record<string, unknown>;
  return node as unknown as AnyCall;
}

describe('authorization matrix', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('has an entry for every procedure and none for a missing one', () => {
    expect(procedures.filter((path) => !table[path])).toEqual([]);
    expect(Object.keys(table).filter((path) => !procedures.includes(path))).toEqual([]);
  });

  const cases = procedures.flatMap((path) => ACTORS.map((actor) => [path, actor] as [string, Actor]));
  it.each(cases)('%s as %s', async (path, actor) => {
    const entry = table[path];
    if (!entry) throw new Error(`no matrix entry for ${path}`);
    const caller =
      entry.freshSession && actor !== 'anonymous' ? await h.freshCallerFor(actor) : h.callerFor(actor);
    const input = await entry.input?.(h, actor);
    let output: unknown;
    const outcome = await procedureAt(
      caller,
      path,
    )(input).then(
      (result) => {
        output = result;
        return 'allow' as const;
      },
      (error: unknown) => error,
    );
    if (entry.expect[actor] === 'allow') {
      expect(outcome).toBe('allow');
      // No procedure may ever leak a password hash, whatever it returns.
      const text = JSON.stringify(output ?? null, (_key, value: unknown) =>
        typeof value === 'bigint' ? value.toString() : value,
      );
      expect(text).not.toContain('passwordHash');
      expect(text).not.toContain('$argon2');
    } else {
      expect(outcome).toBeInstanceOf(TRPCError);
      expect((outcome as TRPCError).code).toBe(actor === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
    }
  });
});
