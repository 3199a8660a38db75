import { describe, expect, it } from 'vitest';
import schema from '../../rules/edition-pack.schema.json';
import iga2023 from '../../rules/iga-2023.json';
import iga2024 from '../../rules/iga-2024.json';
import iga2026 from '../../rules/iga-2026.json';
import { getEdition } from './registry.ts';
import { listRulesFiles } from './rules-json.ts';
import { validateEditionPack } from './validate-edition-pack.ts';

const COMMITTED: Record<string, unknown> = {
  'edition-pack.schema.json': schema,
  'iga-2026.json': iga2026,
  'iga-2024.json': iga2024,
  'iga-2023.json': iga2023,
};

describe('rules/*.json', () => {
  it('are current: regenerate with pnpm --filter @inovda/domain rules', () => {
    const files = listRulesFiles();
    expect(files.map(({ file }) => file).sort()).toEqual(Object.keys(COMMITTED).sort());
    for (const { file, content } of files) expect(COMMITTED[file], file).toEqual(content);
  });

  it.each(['iga-2026', 'iga-2024', 'iga-2023'])(
    '%s.json is a valid pack equal to the built-in one',
    (code) => {
      const parsed = validateEditionPack(COMMITTED[`${code}.json`]);
      expect(parsed.ok && parsed.value).toEqual(getEdition(code));
    },
  );
});
