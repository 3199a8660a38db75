// `pnpm bench`: scores a synthetic national dataset (546 regions, 36,742 innovations, 20 SID tiers each, 20
// SPD rows per region) with the domain's public scoring API and with a plain hand-written loop over the same
// typed arrays, in the same run, and prints the median times and their ratio (target: fast path <= 1.5x).
import { compileEdition, getEdition, isYandas, URUSAN, YANDAS_URUSAN } from '../src/index.ts';
import { scoreWithLoop, type FlatRules, type NationalScores } from './baseline-loop.ts';
import {
  buildObjectRegions,
  scoreWithFastPath,
  scoreWithFastPathSlugs,
  scoreWithObjectApi,
} from './api-paths.ts';
import { generateNationalDataset } from './synthetic-national.ts';
import { median, timeAlternately } from './timing.ts';

const edition = getEdition('iga-2026');
if (edition === undefined) throw new Error('iga-2026 is missing');
const compiled = compileEdition(edition);

// Enough warm-up for the optimising compiler to finish even on a loaded machine, then the median of many runs.
const WARMUP = 40;
const REPETITIONS = 61;

// Urusan indexes 0..5 are the yandas slugs (the generator relies on that), the rest follow.
const urusanSlugs = [
  ...YANDAS_URUSAN,
  ...URUSAN.map((urusan) => urusan.slug).filter((slug) => !isYandas(slug)),
];
const data = generateNationalDataset({
  seed: 20_251_210,
  regionCount: 546,
  innovationCount: 36_742,
  sidCount: compiled.sidCodes.length,
  spdCount: compiled.spdCodes.length,
  urusanCount: urusanSlugs.length,
  yandasCount: YANDAS_URUSAN.length,
});
const rules: FlatRules = {
  sidWeightsX100: Int32Array.from(edition.sid, (indicator) => indicator.weightX100),
  spdWeightsX100: Int32Array.from(edition.spd, (row) => row.weightX100),
  minDivisor: edition.constants.minDivisor.value,
  countWeightX100: edition.constants.countWeightX100.value,
  countCap: edition.constants.countCap.value,
  yandasMin: edition.constants.yandasMin.value,
  yandasBit: Int32Array.from(urusanSlugs, (slug) => (isYandas(slug) ? 1 << YANDAS_URUSAN.indexOf(slug) : 0)),
};
const objectRegions = buildObjectRegions(data, edition, urusanSlugs);

function sameScores(a: NationalScores, b: NationalScores): boolean {
  return (
    a.iidX100.length === b.iidX100.length &&
    a.iidX100.every((value, r) => value === b.iidX100[r]) &&
    a.maturityX100.every((value, j) => value === b.maturityX100[j])
  );
}

const loop = scoreWithLoop(data, rules);
const fast = scoreWithFastPath(data, edition, rules.yandasBit);
const fastSlugs = scoreWithFastPathSlugs(data, edition, urusanSlugs);
const objects = scoreWithObjectApi(objectRegions, edition, data.innovationCount);
const identical = sameScores(loop, fast) && sameScores(loop, fastSlugs) && sameScores(loop, objects);

const times = timeAlternately(
  {
    loop: () => scoreWithLoop(data, rules),
    fast: () => scoreWithFastPath(data, edition, rules.yandasBit),
    fastSlugs: () => scoreWithFastPathSlugs(data, edition, urusanSlugs),
    objects: () => scoreWithObjectApi(objectRegions, edition, data.innovationCount),
  },
  { warmup: WARMUP, repetitions: REPETITIONS },
);
const stats = (name: string) => {
  const runs = times[name] ?? [];
  return { median: median(runs), min: Math.min(...runs) };
};
const loopStats = stats('loop');
const row = (label: string, name: string, target = ''): string => {
  const { median: med, min } = stats(name);
  const ratios =
    name === 'loop'
      ? ''
      : `  ratio ${(med / loopStats.median).toFixed(2)}x / ${(min / loopStats.min).toFixed(2)}x`;
  return `  ${label.padEnd(48)}${med.toFixed(2).padStart(8)} ms ${min.toFixed(2).padStart(8)} ms${ratios}${target}`;
};

const iids = Array.from(loop.iidX100).sort((a, b) => a - b);
const lines = [
  `inovda bench: national IID scoring, edition ${edition.code}`,
  `dataset: ${data.regionCount} regions, ${data.innovationCount} innovations x ${data.sidCount} SID tiers, ${data.spdCount} SPD rows per region (seeded)`,
  `IID x100 min/median/max: ${iids[0]} / ${iids[iids.length >> 1]} / ${iids.at(-1)}`,
  `results identical (loop = every API path): ${identical ? 'yes' : 'NO'}`,
  `${REPETITIONS} runs each after ${WARMUP} warm-up runs, alternating in this process; median / fastest run`,
  `(on a shared machine, runs preempted by other processes inflate the median; the fastest run shows the code):`,
  row('hand-written loop over the typed arrays', 'loop'),
  row('domain fast path, yandas mask', 'fast', '  (target <= 1.5x)'),
  row('domain fast path, listYandasCovered(slugs)', 'fastSlugs'),
  row('domain object API (scoreInnovation, scoreRegion)', 'objects'),
  '  fast path = compileEdition + scoreMaturityX100 + scoreSpdX100 + scoreRegionTotals',
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!identical) process.exitCode = 1;
