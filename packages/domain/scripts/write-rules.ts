// `pnpm --filter @inovda/domain rules`: writes rules/<code>.json for every built-in pack and
// rules/edition-pack.schema.json, formatted with the repo's Prettier config. A test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { listRulesFiles } from '../src/editions/rules-json.ts';

const dir = new URL('../rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
const options = (await prettier.resolveConfig(new URL('x.json', dir))) ?? {};
for (const { file, content } of listRulesFiles()) {
  const text = await prettier.format(JSON.stringify(content), { ...options, parser: 'json' });
  writeFileSync(new URL(file, dir), text);
  console.log(`rules/${file}`);
}
