// Sums vitest's "Tests  N failed | M passed (T)" lines over the given logs and prints one line
// "N passed, N failed". Exits 1 when a test failed or when no test ran at all.
import { readFileSync, existsSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  // Strip ANSI colours, then read every vitest summary line (turbo prefixes them with the task name).
  const text = readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of text.split('\n')) {
    const m = /\bTests\s+(.*)\((\d+)\)\s*$/.exec(line);
    if (!m) continue;
    const parts = m[1];
    passed += Number(/(\d+) passed/.exec(parts)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(parts)?.[1] ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
