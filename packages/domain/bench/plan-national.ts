// `pnpm bench` (after score-national): plans the whole synthetic national dataset as one portfolio (36,742
// innovations, the seed of score-national) with the public `planPortfolioDocument`, next to baselines measured
// in the same run on the same document: JSON.parse + schema validation, and scoring. Prints median times,
// ratios, and each task's peak memory (max RSS of a child process that does only that task).
// `--reference` also times the previous quadratic planner on 2,000 and 5,000 innovations (a prefix of the same
// data), checks that both return the same actions, and extrapolates it to the national size; without it the
// reference runs on 2,000 only.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  getEdition,
  isYandas,
  nextBestActions,
  parsePortfolio,
  planPortfolioDocument,
  scorePortfolioDocument,
  URUSAN,
  YANDAS_URUSAN,
  type TEditionPack,
  type TPortfolio,
} from '../src/index.ts';
import { nextBestActionsQuadratic } from '../src/planner/quadratic-reference.ts';
import { generateNationalDataset } from './synthetic-national.ts';
import { median, timeAlternately } from './timing.ts';

const found = getEdition('iga-2026');
if (found === undefined) throw new Error('iga-2026 is missing');
const edition: TEditionPack = found;

const urusanSlugs = [
  ...YANDAS_URUSAN,
  ...URUSAN.map((urusan) => urusan.slug).filter((slug) => !isYandas(slug)),
];
const data = generateNationalDataset({
  seed: 20_251_210,
  regionCount: 546,
  innovationCount: 36_742,
  sidCount: edition.sid.length,
  spdCount: edition.spd.length,
  urusanCount: urusanSlugs.length,
  yandasCount: YANDAS_URUSAN.length,
});

/** The first `count` innovations of the dataset as one portfolio, with the first region's SPD. */
function nationalPortfolio(count: number): TPortfolio {
  return {
    edition: edition.code,
    spd: Object.fromEntries(edition.spd.map((row, s) => [row.code, data.spdTiers[s] ?? 0])),
    innovations: Array.from({ length: count }, (_, j) => ({
      id: `inovasi-${j + 1}`,
      urusan: urusanSlugs[data.urusan[j] ?? 0] ?? 'pariwisata',
      indicators: Object.fromEntries(
        edition.sid
          .map((indicator, i): [string, number] => [
            indicator.code,
            data.sidTiers[j * data.sidCount + i] ?? 0,
          ])
          .filter(([, tier]) => tier !== 0),
      ),
    })),
  };
}

const text = JSON.stringify(nationalPortfolio(data.innovationCount));
const tasks: Record<string, () => unknown> = {
  parse: () => parsePortfolio(JSON.parse(text)),
  score: () => scorePortfolioDocument(JSON.parse(text)),
  plan: () => planPortfolioDocument(JSON.parse(text), { limit: 10 }),
  plan9999: () => planPortfolioDocument(JSON.parse(text), { limit: 9999 }),
};

const childMode = process.argv.indexOf('--child');
if (childMode >= 0) {
  // One task only, then its peak memory.
  const task = tasks[process.argv[childMode + 1] ?? ''];
  if (task === undefined) throw new Error('unknown task');
  task();
  process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
} else {
  main();
}

function peakMb(task: string): number {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', task],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`child ${task} failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as { maxRssKb: number }).maxRssKb / 1024;
}

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function main(): void {
  const plan = planPortfolioDocument(JSON.parse(text), { limit: 10 });
  if (!plan.ok) throw new Error('the national portfolio does not validate');
  const times = timeAlternately(tasks, { warmup: 1, repetitions: 5 });
  const stat = (name: string) => median(times[name] ?? []);
  const base = stat('parse');
  const score = stat('score');
  const peaks = Object.fromEntries(Object.keys(tasks).map((name) => [name, peakMb(name)]));
  const row = (label: string, name: string) =>
    `  ${label.padEnd(44)}${stat(name).toFixed(0).padStart(7)} ms  ${(stat(name) / base).toFixed(2).padStart(6)}x parse  ${(stat(name) / score).toFixed(2).padStart(6)}x score  peak ${peaks[name]?.toFixed(0).padStart(4)} MB`;

  const lines = [
    `inovda bench: national plan, edition ${edition.code}`,
    `portfolio: ${data.innovationCount} innovations in one document (${(text.length / 1e6).toFixed(1)} MB JSON, seeded)`,
    `best set: ${plan.value.best.innovationCount} sent, IID ${plan.value.best.iid} (everything: ${plan.value.all.iid}); top action: ${plan.value.actions[0]?.description.en ?? 'none'}`,
    'median of 5 runs after 1 warm-up, alternating in this process; peak = max RSS of a child doing only that task:',
    row('JSON.parse + validate (baseline)', 'parse'),
    row('scorePortfolioDocument', 'score'),
    row('planPortfolioDocument, limit 10', 'plan'),
    row('planPortfolioDocument, limit 9999', 'plan9999'),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  // The previous quadratic planner on prefixes of the same data, with the same results required.
  const sizes = process.argv.includes('--reference') ? [2000, 5000] : [2000];
  let identical = true;
  for (const size of sizes) {
    const portfolio = nationalPortfolio(size);
    let fast: unknown;
    let slow: unknown;
    const fastMs = timeOnce(() => (fast = nextBestActions(edition, portfolio, { limit: 50 })));
    const slowMs = timeOnce(() => (slow = nextBestActionsQuadratic(edition, portfolio, { limit: 50 })));
    const same = JSON.stringify(fast) === JSON.stringify(slow);
    identical &&= same;
    const extrapolated = (slowMs * (data.innovationCount / size) ** 2) / 1000;
    process.stdout.write(
      `  previous quadratic planner, ${size} innovations: ${slowMs.toFixed(0)} ms (now ${fastMs.toFixed(0)} ms), same actions: ${same ? 'yes' : 'NO'}; x (${data.innovationCount}/${size})^2 -> about ${extrapolated.toFixed(0)} s national\n`,
    );
  }
  if (!identical) process.exitCode = 1;
}
