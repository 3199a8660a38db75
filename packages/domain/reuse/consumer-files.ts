// The files of the reuser's project in reuse.test.ts: what someone outside the monorepo would write.

/** A small portfolio, hand-worked in the README: SPD 5.75, SID 29/12, IID 3.27. */
export const PORTFOLIO = {
  edition: 'iga-2026',
  spd: { '1': 3, '2a': 2, '5a': 1 },
  innovations: [
    { id: 'x1', name: 'Sapa Warga', urusan: 'kesehatan', indicators: { '16': 3, '17': 2, '35': 1 } },
    { id: 'x2', name: 'Sekolah Ramah', urusan: 'Pendidikan', indicators: { '16': 1, '33': 3 } },
  ],
};

export const RUN_MJS = `import { readFileSync } from 'node:fs';
import { scorePortfolioDocument } from '@inovda/domain';
import schema from '@inovda/domain/portfolio.schema.json' with { type: 'json' };
import rules from '@inovda/domain/rules/iga-2026.json' with { type: 'json' };

const result = scorePortfolioDocument(JSON.parse(readFileSync('portfolio.json', 'utf8')));
console.log(JSON.stringify({ result, schemaTitle: schema.title, rulesCode: rules.code }));
`;

export const RUN_CJS = `const { readFileSync } = require('node:fs');
const { scorePortfolioDocument } = require('@inovda/domain');
const schema = require('@inovda/domain/portfolio.schema.json');
const rules = require('@inovda/domain/rules/iga-2026.json');

const result = scorePortfolioDocument(JSON.parse(readFileSync('portfolio.json', 'utf8')));
console.log(JSON.stringify({ result, schemaTitle: schema.title, rulesCode: rules.code }));
`;

/** Runs every conformance case shipped in the package through the installed library; prints the counts. */
export const CONFORMANCE_MJS = `import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { scorePortfolioDocument } from '@inovda/domain';

const dir = new URL('./node_modules/@inovda/domain/conformance/', import.meta.url);
let passed = 0;
const failed = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  for (const { name, portfolio, expected } of JSON.parse(readFileSync(new URL(file, dir), 'utf8')).cases) {
    const result = scorePortfolioDocument(portfolio);
    const actual = result.ok
      ? { ok: true, report: result.value }
      : { ok: false, issues: result.issues.map(({ code, path }) => ({ code, path })) };
    if (isDeepStrictEqual(actual, expected)) passed++;
    else failed.push(file + ' ' + name);
  }
}
console.log(JSON.stringify({ passed, failed }));
`;

// The expect-error lines prove the declarations are real types: were they `any`, tsc would flag the unused
// directives.
export const CONSUMER_MTS = `import {
  parseJsonStrict,
  scorePortfolioDocument,
  type PortfolioIssue,
  type PortfolioReport,
} from '@inovda/domain';

export function iidOf(text: string): number | PortfolioIssue[] {
  const json = parseJsonStrict(text);
  if (!json.ok) return json.issues;
  const result = scorePortfolioDocument(json.value);
  if (!result.ok) return result.issues;
  const report: PortfolioReport = result.value;
  // @ts-expect-error the report has no such field
  void report.score;
  return report.iid;
}
`;

export const CONSUMER_CTS = `import domain = require('@inovda/domain');

export function sendIds(doc: unknown): string[] {
  const plan = domain.planPortfolioDocument(doc, { limit: 3 });
  // @ts-expect-error a limit is a number
  domain.planPortfolioDocument(doc, { limit: 'three' });
  return plan.ok ? plan.value.best.send : [];
}
`;

export const CONSUMER_TSCONFIG = {
  compilerOptions: {
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    // zod's declarations name the URL class (from the DOM or @types/node lib).
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    noEmit: true,
  },
  include: ['consumer.mts', 'consumer.cts'],
};
