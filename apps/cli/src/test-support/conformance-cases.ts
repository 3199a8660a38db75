import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One case of @inovda/domain's conformance suite. */
export interface ConformanceCase {
  file: string;
  name: string;
  portfolio: unknown;
  expected: { ok: true; report: unknown } | { ok: false; issues: { code: string; path: string }[] };
}

/** Every case of every `conformance/*.json` of the installed @inovda/domain. */
export function loadConformanceCases(): ConformanceCase[] {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('@inovda/domain/package.json')),
    'conformance',
  );
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const { cases } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        cases: Omit<ConformanceCase, 'file'>[];
      };
      return cases.map((entry) => ({ file, ...entry }));
    });
}
