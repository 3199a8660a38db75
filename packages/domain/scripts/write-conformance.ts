// `pnpm --filter @inovda/domain conformance`: writes conformance/<topic>.json from scripts/conformance-cases.ts.
// It builds each portfolio (SPD and SID tiers whose weighted sums are the specified scores) and copies the
// hand-worked expected report; it never runs the scoring. A test fails when the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildConformanceFiles } from './conformance-build.ts';

const LINE = 200;

/** JSON with two-space indentation, but any array or object that fits on one line stays on one line. */
function format(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= LINE) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

const dir = new URL('../conformance/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const { file, content } of buildConformanceFiles()) {
  writeFileSync(new URL(file, dir), `${format(content)}\n`);
  console.log(`conformance/${file}`);
}
