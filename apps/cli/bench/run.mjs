// Entry of `pnpm bench:cli`: build the bundled bin if its sources changed, then run the benchmark under tsx.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CLI_DIR, ensureBuilt } from '../scripts/ensure-built.mjs';

ensureBuilt();
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const run = spawnSync(process.execPath, [tsx, 'bench/cli-bench.ts'], { cwd: CLI_DIR, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
