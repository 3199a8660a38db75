// The conformance suite of @inovda/domain through the real bundled CLI: every valid case prints exactly the
// hand-worked report with `score --json`; every invalid one exits 2 naming each expected path.
import { describe, expect, it } from 'vitest';
import { loadConformanceCases } from './test-support/conformance-cases.ts';
import { runInovda } from './test-support/run-inovda.ts';

const cases = loadConformanceCases();

describe('inovda score on the conformance suite', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('$file $name', async ({ portfolio, expected }) => {
    const run = await runInovda(['score', '--json', '-'], {
      cwd: process.cwd(),
      input: JSON.stringify(portfolio),
    });
    if (expected.ok) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toStrictEqual(expected.report);
      return;
    }
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    for (const issue of expected.issues) expect(run.stderr).toContain(`  ${issue.path}: `);
  });
});
