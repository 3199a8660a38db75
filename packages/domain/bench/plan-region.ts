// `pnpm --filter @inovda/domain bench:plan`: times the planner on one large region (1,000 innovations, all 20
// indicators answered, 4 of 6 yandas urusan present so the yandas rule matters) with seeded data.
import { getEdition, nextBestActions, planBestSet, URUSAN, type TPortfolio } from '../src/index.ts';
import { createRandom } from './synthetic-national.ts';
import { median } from './timing.ts';

const edition = getEdition('iga-2026');
if (edition === undefined) throw new Error('iga-2026 is missing');
const random = createRandom(7);
const urusan = URUSAN.map((entry) => entry.slug).filter(
  (slug) => slug !== 'sosial' && slug !== 'perumahan-kawasan-permukiman',
);
const portfolio: TPortfolio = {
  edition: edition.code,
  spd: Object.fromEntries(edition.spd.map((row) => [row.code, Math.floor(random() * 4)])),
  innovations: Array.from({ length: 1000 }, (_, j) => ({
    id: `inov-${j}`,
    urusan: urusan[Math.floor(random() * urusan.length)] ?? 'pariwisata',
    indicators: Object.fromEntries(
      edition.sid.map((indicator) => [indicator.code, Math.floor(random() * 4)]),
    ),
  })),
};

function time(run: () => unknown, repetitions: number): number {
  const runs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

const plan = planBestSet(edition, portfolio);
const actions = nextBestActions(edition, portfolio, { limit: 10 });
const lines = [
  `inovda bench: planner on one region of ${portfolio.innovations.length} innovations (${edition.code})`,
  `best set: ${plan.sendIds.length} sent, IID ${plan.best.iid} (everything: ${plan.all.iid})`,
  `top action: ${actions[0]?.description.en ?? 'none'}`,
  `planBestSet median      ${time(() => planBestSet(edition, portfolio), 15).toFixed(1)} ms`,
  `nextBestActions median  ${time(() => nextBestActions(edition, portfolio, { limit: 10 }), 7).toFixed(1)} ms`,
];
process.stdout.write(`${lines.join('\n')}\n`);
