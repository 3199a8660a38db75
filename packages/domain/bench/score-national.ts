// `pnpm bench`: scores a synthetic national dataset (546 regions, 36,742 innovations, 20 SID tiers each, 20
// SPD rows per region) with the domain's public scoring API and with a plain hand-written loop over the same
// typed arrays, in the same run, and prints the median times and their ratio (target: fast path <= 1.5x).
import { compileEdition, getEdition, isYandas, URUSAN, YANDAS_URUSAN } from '../src/index.ts';
import { scoreWithLoop, type FlatRules, type NationalScores } from './baseline-loop.ts';
import { buildObjectRegions, scoreWithFastPath, scoreWithObjectApi } from './api-paths.ts';
import { generateNationalDataset } from './synthetic-national.ts';
import { median, timeAlternately } from './timing.ts';

const edition = getEdition('iga-2026');
if (edition === undefined) throw new Error('iga-2026 is missing');
const compiled = compileEdition(edition);

// Enough warm-up for the optimising compiler to finish even on a loaded machine, then the median of many runs.
const WARMUP = 40;
const REPETITIONS = 31;

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
const mask = { kind: 'mask', bitByUrusan: rules.yandasBit } as const;
const slugs = { kind: 'slugs', urusanSlugs } as const;
const fast = scoreWithFastPath(data, edition, mask);
const fastSlugs = scoreWithFastPath(data, edition, slugs);
const objects = scoreWithObjectApi(objectRegions, edition, data.innovationCount);
const identical = sameScores(loop, fast) && sameScores(loop, fastSlugs) && sameScores(loop, objects);

const times = timeAlternately(
  {
    loop: () => scoreWithLoop(data, rules),
    fast: () => scoreWithFastPath(data, edition, mask),
    fastSlugs: () => scoreWithFastPath(data, edition, slugs),
    objects: () => scoreWithObjectApi(objectRegions, edition, data.innovationCount),
  },
  { warmup: WARMUP, repetitions: REPETITIONS },
);
const ms = (name: string): number => median(times[name] ?? []);
const ratio = (name: string): string => (ms(name) / ms('loop')).toFixed(2);

const iids = Array.from(loop.iidX100).sort((a, b) => a - b);
const lines = [
  `inovda bench: national IID scoring, edition ${edition.code}`,
  `dataset: ${data.regionCount} regions, ${data.innovationCount} innovations x ${data.sidCount} SID tiers, ${data.spdCount} SPD rows per region (seeded)`,
  `IID x100 min/median/max: ${iids[0]} / ${iids[iids.length >> 1]} / ${iids.at(-1)}`,
  `results identical (loop = every API path): ${identical ? 'yes' : 'NO'}`,
  `median of ${REPETITIONS} runs after ${WARMUP} warm-up runs, measured alternately in this process:`,
  `  hand-written loop over the typed arrays           ${ms('loop').toFixed(2)} ms`,
  `  domain fast path, yandas mask (target <= 1.5x)    ${ms('fast').toFixed(2)} ms  ratio ${ratio('fast')}x`,
  `  domain fast path, listYandasCovered(slugs)        ${ms('fastSlugs').toFixed(2)} ms  ratio ${ratio('fastSlugs')}x`,
  `  domain object API (scoreInnovation, scoreRegion)  ${ms('objects').toFixed(2)} ms  ratio ${ratio('objects')}x`,
  '  fast path = compileEdition + scoreMaturityX100 + scoreSpdX100 + scoreRegionTotals',
];
process.stdout.write(`${lines.join('\n')}\n`);
if (!identical) process.exitCode = 1;
