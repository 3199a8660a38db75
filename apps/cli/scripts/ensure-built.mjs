// Builds dist/inovda.mjs when it is missing or older than any source it bundles (the CLI's and the domain's),
// so `pnpm inovda` and the CLI tests always run the real bundled bin without a manual build step.
// Build output goes to stderr: stdout stays clean for `inovda ... --json`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_DIR = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(CLI_DIR, 'dist', 'inovda.mjs');
const DOMAIN_DIR = join(CLI_DIR, '..', '..', 'packages', 'domain');
const INPUTS = [
  join(CLI_DIR, 'src'),
  join(CLI_DIR, 'package.json'),
  join(CLI_DIR, 'tsdown.config.ts'),
  join(DOMAIN_DIR, 'src'),
  join(DOMAIN_DIR, 'package.json'),
];

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The newest modification time among the bundle's inputs (tests excluded). */
function newestInput(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestInput(join(path, entry.name)));
  }
  return newest;
}

/** True when dist/inovda.mjs is missing or stale. */
export function needsBuild() {
  const built = mtimeOf(BIN);
  return built < 0 || INPUTS.some((input) => newestInput(input) > built);
}

/** Builds the bin with tsdown if needed; throws when the build fails. */
export function ensureBuilt() {
  if (!needsBuild()) return false;
  const require = createRequire(join(CLI_DIR, 'package.json'));
  const tsdownDir = dirname(require.resolve('tsdown/package.json'));
  const { bin } = require('tsdown/package.json');
  const cli = join(tsdownDir, typeof bin === 'string' ? bin : bin.tsdown);
  const run = spawnSync(process.execPath, [cli, '--log-level', 'warn'], {
    cwd: CLI_DIR,
    stdio: ['ignore', 2, 2],
  });
  if (run.status !== 0) throw new Error(`building the inovda CLI failed (exit ${run.status})`);
  return true;
}
