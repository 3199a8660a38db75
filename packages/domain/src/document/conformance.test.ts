import { describe, expect, it } from 'vitest';
import cap from '../../conformance/cap.json';
import divisor from '../../conformance/divisor.json';
import empty from '../../conformance/empty.json';
import invalid from '../../conformance/invalid.json';
import predicateBands from '../../conformance/predicate-bands.json';
import rounding from '../../conformance/rounding.json';
import yandas from '../../conformance/yandas.json';
import { buildConformanceFiles } from '../../scripts/conformance-build.ts';
import { scorePortfolioDocument } from './portfolio-document.ts';

interface ConformanceCase {
  name: string;
  portfolio: unknown;
  expected: { ok: true; report: unknown } | { ok: false; issues: { code: string; path: string }[] };
}

const FILES: Record<string, { cases: unknown[] }> = {
  'cap.json': cap,
  'divisor.json': divisor,
  'empty.json': empty,
  'invalid.json': invalid,
  'predicate-bands.json': predicateBands,
  'rounding.json': rounding,
  'yandas.json': yandas,
};
const CASES = Object.entries(FILES).flatMap(([file, { cases }]) =>
  (cases as ConformanceCase[]).map((entry) => ({ file, ...entry })),
);

describe('conformance/*.json', () => {
  it('are current: regenerate with pnpm --filter @inovda/domain conformance', () => {
    const built = buildConformanceFiles();
    expect(built.map(({ file }) => file).sort()).toEqual(Object.keys(FILES).sort());
    for (const { file, content } of built) expect(FILES[file], file).toEqual(content);
  });

  it('cover the rounding boundaries, yandas 4/5, n below k, the cap, the empty portfolio and every band', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const predicates = new Set(
      CASES.map((entry) => entry.expected.ok && (entry.expected.report as { predicate: string }).predicate),
    );
    expect(predicates).toEqual(
      new Set(['SANGAT_INOVATIF', 'INOVATIF', 'KURANG_INOVATIF', 'TIDAK_DAPAT_DINILAI', false]),
    );
  });

  it.each(CASES)('$file $name: the library gives the hand-worked result', ({ portfolio, expected }) => {
    const result = scorePortfolioDocument(portfolio);
    if (expected.ok) expect(result).toEqual({ ok: true, value: expected.report });
    else
      expect(result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }))).toEqual(
        expected.issues,
      );
  });
});
