// How much the per-content cache of evidence assessments saves innovation.byId: the evidence checks of one
// innovation whose eleven assessed indicators each hold three read documents of twelve pages, computed cold
// (cache emptied first: load every page and assess, as every request did before the cache) and warm (the same
// request again: read states only). Run: pnpm --filter @inovda/api exec tsx bench/evidence-check.ts
import { getEdition } from '@inovda/domain';
import { templates } from '@inovda/evidence-reader/corpus';
import { assessmentCacheOf } from '../src/evidence-text/assessment-cache.ts';
import { buildEvidenceChecks } from '../src/evidence-text/evidence-check.ts';
import { shapeAnswer, answerSelect } from '../src/services/answer-selects.ts';
import { createHarness } from '../test/harness.ts';
import { createSubmission } from '../test/workflow/fixtures.ts';
import { setAnswer, storeReadDocument } from '../test/evidence/text-fixtures.ts';

const NAME = 'Layanan Antar Obat';
const RUNS = 20;
const CODES = ['16', '17', '18', '20', '21', '23', '24', '28', '31', '33', '34'];

const h = await createHarness();
const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');
const { submissionId } = await createSubmission(h, 'SUBMITTED');
const docs = [
  templates.perbup(2024, NAME, true, 10),
  templates.skBupati(2025, NAME, 11),
  templates.perda(2022, 11),
];
let salt = 0;
for (const code of CODES) {
  const answer =
    (await h.prisma.indicatorAnswer.findFirst({ where: { submissionId, code } })) ??
    (await h.prisma.indicatorAnswer.create({ data: { submissionId, code, claimedTier: 2, basis: null } }));
  const ids = [];
  for (const doc of docs) ids.push((await storeReadDocument(h, doc, { salt: String((salt += 1)) })).id);
  await setAnswer(h, answer.id, ids, 3);
}
const answers = (
  await h.prisma.indicatorAnswer.findMany({ where: { submissionId }, select: answerSelect })
).map(shapeAnswer);
const innovation = { name: NAME, waktuPenerapan: '2025-02-01', regionName: 'Kabupaten Uji' };
const run = () => buildEvidenceChecks(h.prisma, pack, innovation, answers);

async function time(label: string, before: () => void): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    before();
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label}: median ${median.toFixed(1)} ms over ${RUNS} runs`);
  return median;
}

const pages = await h.prisma.evidenceTextPage.count();
console.log(
  `${answers.length} answers, ${CODES.length} assessed with 3 documents each, ${pages} pages stored`,
);
const cold = await time('cold (no cache: load pages, assess)', () => assessmentCacheOf(h.prisma).clear());
const warm = await time('warm (cached by content)', () => undefined);
console.log(`ratio cold/warm: ${(cold / warm).toFixed(1)}x`);
await h.close();
process.exit(0);
