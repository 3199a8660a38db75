// pnpm bench:evidence: generates the labelled corpus into a temporary folder, reads every file as the job does
// (text layer, OCR), asks the domain which tier the documents support, and compares with the label.
// Prints per form (text PDF, scanned PDF, phone photo): accuracy, false support rate and reading speed, and the
// time to read a 10-page scanned SK. Options: --forms=text,scan,photo  --sample=N (at most N cases per form,
// spread evenly over the corpus, for a quick run on a busy machine)  --verbose
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessEvidence, type EvidenceDocumentInput, getEdition } from '@inovda/domain';
import {
  type CorpusCase,
  listCases,
  renderPhoto,
  renderScanPdf,
  renderTextPdf,
  templates,
} from '../corpus/index.ts';
import { readEvidence, type ReadResult } from '../src/index.ts';
import { childCpuSeconds } from './child-cpu.ts';

type Form = 'text' | 'scan' | 'photo';
const args = new Map(
  process.argv.slice(2).map((a): [string, string | undefined] => {
    const [k = '', v] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const forms = (args.get('forms') ?? 'text,scan,photo').split(',') as Form[];
const sample = Number(args.get('sample') ?? Infinity);
const verbose = args.has('verbose');
const outDir = process.env.EVIDENCE_CORPUS_DIR ?? join(tmpdir(), 'inovda-evidence-corpus');
const edition = getEdition('iga-2026');
if (!edition) throw new Error('iga-2026 missing');
const pack = edition;

interface Outcome {
  readonly id: string;
  readonly label: string;
  readonly expected: number;
  readonly got: number | null;
  readonly finding: string;
}
interface Speed {
  pages: number;
  seconds: number;
  cpu: number;
}

async function render(
  form: Form,
  c: CorpusCase,
  i: number,
): Promise<{ bytes: Buffer; kind: 'PDF' | 'JPEG'; name: string }[]> {
  return Promise.all(
    c.documents.map(async (doc, j) => {
      const seed = 1000 * i + j + 1;
      if (form === 'text')
        return { bytes: await renderTextPdf(doc), kind: 'PDF' as const, name: doc.fileName };
      if (form === 'scan')
        return { bytes: (await renderScanPdf(doc, seed)).pdf, kind: 'PDF' as const, name: doc.fileName };
      return {
        bytes: await renderPhoto(doc, seed),
        kind: 'JPEG' as const,
        name: doc.fileName.replace(/\.pdf$/, '.jpg'),
      };
    }),
  );
}

function toInput(name: string, read: ReadResult): EvidenceDocumentInput {
  return {
    name,
    readable: read.status === 'READ',
    pages: read.pages.map((p) => ({ page: p.page, text: p.text, ocr: p.method === 'OCR' })),
  };
}

async function runForm(form: Form, cases: CorpusCase[]) {
  const outcomes: Outcome[] = [];
  const speed: Record<'TEXT' | 'OCR', Speed> = {
    TEXT: { pages: 0, seconds: 0, cpu: 0 },
    OCR: { pages: 0, seconds: 0, cpu: 0 },
  };
  const dir = join(outDir, form);
  await mkdir(dir, { recursive: true });
  for (const [i, c] of cases.entries()) {
    const files = await render(form, c, i);
    const inputs: EvidenceDocumentInput[] = [];
    for (const file of files) {
      await writeFile(join(dir, `${c.id}-${file.name}`), file.bytes);
      const cpu = childCpuSeconds();
      const read = await readEvidence({ bytes: file.bytes, kind: file.kind });
      const ocr = read.pages.some((p) => p.method === 'OCR');
      const bucket = speed[ocr ? 'OCR' : 'TEXT'];
      bucket.pages += read.pages.length;
      bucket.seconds += read.ms / 1000;
      bucket.cpu += childCpuSeconds() - cpu;
      inputs.push(toInput(file.name, read));
    }
    const result = assessEvidence(pack, c.indicator, c.claimedTier, c.innovation, inputs, {
      basis: c.basis ?? null,
    });
    outcomes.push({
      id: c.id,
      label: c.label,
      expected: c.expectedTier,
      got: result.supportedTier,
      finding: result.findings[0]?.code ?? '-',
    });
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  return { outcomes, speed };
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
const rate = (s: Speed) =>
  s.pages === 0
    ? '-'
    : `${(s.pages / s.seconds).toFixed(2)} hal/s (${(s.cpu / s.pages).toFixed(2)} s CPU/hal)`;

async function tenPageScan() {
  const doc = templates.skBupati(2025, 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)', 9);
  const { pdf, dpi } = await renderScanPdf(doc, 42);
  const cpu = childCpuSeconds();
  const read = await readEvidence({ bytes: pdf, kind: 'PDF' }, { ocrDpi: 200 });
  const result = assessEvidence(
    pack,
    '16',
    1,
    {
      name: 'SIJAKAPATI (Sistem Informasi Jejaring Kesehatan Pati)',
      penerapanYear: 2025,
      regionName: 'Kabupaten Pati',
    },
    [toInput('sk.pdf', read)],
  );
  return {
    pages: read.pages.length,
    seconds: read.ms / 1000,
    cpu: childCpuSeconds() - cpu,
    dpi,
    status: read.status,
    tier: result.supportedTier,
  };
}

async function main() {
  await rm(outDir, { recursive: true, force: true });
  const all = listCases();
  await writeFile(
    join(outDir, 'labels.json'),
    JSON.stringify(
      all.map(({ documents, ...c }) => ({ ...c, files: documents.map((d) => d.fileName) })),
      null,
      1,
    ),
  ).catch(async () => {
    await mkdir(outDir, { recursive: true });
    await writeFile(
      join(outDir, 'labels.json'),
      JSON.stringify(
        all.map(({ documents, ...c }) => ({ ...c, files: documents.map((d) => d.fileName) })),
        null,
        1,
      ),
    );
  });
  console.log(
    `Korpus / corpus: ${all.length} kasus, ${new Set(all.map((c) => c.indicator)).size} indikator -> ${outDir}`,
  );
  const rows: string[] = [];
  for (const form of forms) {
    const eligible = form === 'photo' ? all.filter((c) => c.photoable) : all;
    // An even spread keeps every indicator in a sample, not only the first ones.
    const step = Math.max(1, eligible.length / Math.min(sample, eligible.length));
    const cases = eligible.filter((_, i) => Math.floor(i / step) !== Math.floor((i - 1) / step) || i === 0);
    console.log(`${form}: ${cases.length} kasus`);
    const { outcomes, speed } = await runForm(form, cases);
    const right = outcomes.filter((o) => o.got === o.expected).length;
    const over = outcomes.filter((o) => o.got !== null && o.got > o.expected).length;
    const target = form === 'text' ? 95 : 85;
    rows.push(
      `| ${form.padEnd(5)} | ${String(cases.length).padStart(5)} | ${pct(right, cases.length).padStart(8)} (target >= ${target} %) | ${pct(over, cases.length).padStart(7)} (target <= 2 %) | text ${rate(speed.TEXT)}; OCR ${rate(speed.OCR)} |`,
    );
    for (const o of outcomes.filter((x) => x.got !== x.expected || verbose)) {
      console.log(
        `  ${o.got === o.expected ? 'ok ' : 'MISS'} ${o.id} ${o.label}: label ${o.expected}, read ${o.got ?? 'null'} (${o.finding})`,
      );
    }
  }
  console.log('\n| form  | cases | accuracy | false support | speed |\n|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  const ten = await tenPageScan();
  console.log(
    `\n10-page scanned SK (${ten.dpi} dpi scan, OCR at 200 dpi): ${ten.pages} pages read in ${ten.seconds.toFixed(1)} s wall, ` +
      `${ten.cpu.toFixed(1)} s CPU (target <= 60 s); ${ten.status}, supports tier ${ten.tier ?? 'null'}`,
  );
}

await main();
