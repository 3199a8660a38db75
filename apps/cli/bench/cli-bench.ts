// `pnpm bench:cli`: the bundled CLI against baselines measured in the same run, alternately, median of many.
//   start     `inovda --help` (a new Node process) vs a bare `node -e 0`          target <= 4x
//   national  `inovda score --json` of a 36,742-innovation portfolio, in process (file read, strict parse
//             with the repeated-key check, validation, urusan and codes, scoring, JSON output) vs reading the
//             same file + JSON.parse + ZPortfolio.safeParse                         target <= 2x
// The national figure is also shown as whole processes (`node dist/inovda.mjs` vs a node process doing the
// baseline), for what a user waits. Ratios, not absolute times, are the result on a shared machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ZPortfolio } from '@inovda/domain';
import { runCli } from '../src/run-cli.ts';
import { buildNationalPortfolio, NATIONAL_INNOVATIONS } from './national-portfolio.ts';

const BIN = fileURLToPath(new URL('../dist/inovda.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'inovda-bench-'));
const file = join(dir, 'national.json');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs the tasks alternately: `warmup` untimed rounds, then `rounds` timed ones; medians in ms. */
async function alternate(
  tasks: Record<string, () => unknown>,
  warmup: number,
  rounds: number,
): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = performance.now();
      await task();
      if (r >= warmup) times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, runs]) => [name, median(runs)]));
}

function spawnNode(args: string[]): void {
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
}

const sink = { write: () => true };
const io = { cwd: dir, stdin: Readable.from([]), stdout: sink, stderr: sink, version: 'bench' };

function baseline(): void {
  const result = ZPortfolio.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error('the national file does not validate');
}

async function cliScore(): Promise<void> {
  const status = await runCli(['score', '--json', file], io);
  if (status !== 0) throw new Error(`inovda score exited ${status}`);
}

const row = (label: string, value: number, base: number, target: number) =>
  `${label.padEnd(46)} ${value.toFixed(1).padStart(8)} ms   baseline ${base.toFixed(1).padStart(8)} ms   ` +
  `ratio ${(value / base).toFixed(2)}x (target <= ${target}x) ${value / base <= target ? 'OK' : 'OVER'}`;

try {
  writeFileSync(file, `${JSON.stringify(buildNationalPortfolio(), null, 2)}\n`);
  const size = readFileSync(file).length;
  // The baseline process: the same three steps in plain Node with the domain's published build would need a
  // build; the bundle's rules chunk exports nothing, so the process baseline reads and parses only.
  const parseOnly = join(dir, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    "import { readFileSync } from 'node:fs'; JSON.parse(readFileSync(process.argv[2], 'utf8'));\n",
  );

  console.log(
    `inovda CLI benchmark (Node ${process.version}, ${execFileSync('nproc').toString().trim()} cores)`,
  );
  console.log(`national file: ${NATIONAL_INNOVATIONS} innovations, ${(size / 1e6).toFixed(1)} MB\n`);

  const start = await alternate(
    { node: () => spawnNode(['-e', '0']), help: () => spawnNode([BIN, '--help']) },
    3,
    21,
  );
  console.log(row('inovda --help vs node -e 0', start.help ?? 0, start.node ?? 1, 4));

  const national = await alternate({ baseline, cli: cliScore }, 2, 9);
  console.log(
    row('score --json, in process, vs parse + validate', national.cli ?? 0, national.baseline ?? 1, 2),
  );

  const processes = await alternate(
    {
      parse: () => spawnNode([parseOnly, file]),
      cli: () => spawnNode([BIN, 'score', '--json', file]),
    },
    1,
    5,
  );
  console.log(
    `${'score --json as a process (info)'.padEnd(46)} ${(processes.cli ?? 0).toFixed(1).padStart(8)} ms   ` +
      `node + read + JSON.parse only ${(processes.parse ?? 0).toFixed(1)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
