import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getEdition } from '@inovda/domain';
import { buildPortfolio } from './test-support/build-portfolio.ts';
import { runInovda } from './test-support/run-inovda.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const innovation = (
  id: string,
  indicators: Record<string, unknown>,
  urusan: string | null = 'kesehatan',
) => ({
  id,
  name: id,
  ...(urusan === null ? {} : { urusan }),
  indicators,
});
const valid = (innovations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ edition: 'iga-2026', spd: { '1': 2 }, innovations, ...extra });
const four = [innovation('a', {}), innovation('b', {}), innovation('c', {})];

const cases = [
  { name: 'bad JSON', text: '{ "edition": "iga-2026",\n  "spd": {,\n}', where: 'bad JSON.json:2:' },
  { name: 'unknown edition', text: valid([], { edition: 'iga-2099' }), where: 'edition:', word: 'iga-2099' },
  {
    name: 'unknown indicator code',
    text: valid([...four, innovation('d', { '16': 3, '36': 2 })]),
    where: 'innovations[3].indicators.36:',
    word: '36',
  },
  {
    name: 'tier above 3',
    text: valid([innovation('a', { '17': 4 })]),
    where: 'innovations[0].indicators.17:',
    word: '0, 1, 2',
  },
  {
    name: 'negative tier',
    text: valid([innovation('a', { '17': -1 })]),
    where: 'innovations[0].indicators.17:',
    word: '-1',
  },
  {
    name: 'fractional tier',
    text: valid([innovation('a', { '17': 1.5 })]),
    where: 'innovations[0].indicators.17:',
    word: '1.5',
  },
  {
    name: 'SPD tier above 3',
    text: JSON.stringify({ edition: 'iga-2026', spd: { '2a': 7 }, innovations: [] }),
    where: 'spd.2a:',
    word: '7',
  },
  {
    name: 'unknown SPD row',
    text: JSON.stringify({ edition: 'iga-2026', spd: { '16': 1 }, innovations: [] }),
    where: 'spd.16:',
    word: '16',
  },
  {
    name: 'missing urusan',
    text: valid([...four.slice(0, 2), innovation('c', {}, null)]),
    where: 'innovations[2].urusan:',
    word: 'Wajib',
  },
  {
    name: 'repeated key',
    text: '{"edition": "iga-2026", "spd": {},\n "innovations": [{"id": "a", "urusan": "sosial", "urusan": "x", "indicators": {}}]}',
    where: 'innovations[0].urusan (',
    word: 'repeated key.json:2:50): Kunci "urusan" muncul lebih dari sekali',
  },
  {
    name: 'unknown urusan',
    text: valid([innovation('a', {}, 'sosal')]),
    where: 'innovations[0].urusan:',
    word: 'Maksud Anda "sosial"?',
  },
  {
    name: 'duplicate id',
    text: valid([innovation('a', {}), innovation('a', {})]),
    where: 'innovations[1].id:',
    word: 'unik',
  },
];

describe('inovda score with invalid input', () => {
  it.each(cases)(
    '$name: exit 2, nothing on stdout, the exact place on stderr',
    async ({ name, text, where, word }) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, text);
      const run = await runInovda(['score', '--json', file], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(where);
      if (word !== undefined) expect(run.stderr).toContain(word);
    },
  );

  it('refuses example A with "sosal" for "sosial" (was: exit 0 and IID 44.00 instead of 47.04)', async () => {
    const iga2026 = getEdition('iga-2026');
    if (iga2026 === undefined) throw new Error('iga-2026 missing');
    const doc = buildPortfolio({
      edition: iga2026,
      spdX100: 4000,
      maturitiesX100: Array.from({ length: 20 }, () => 7000),
      yandasCovered: 6,
    });
    const file = join(dir, 'example-a.json');
    writeFileSync(file, JSON.stringify(doc));
    const good = await runInovda(['score', '--json', file], { cwd: dir });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ iid: 47.04, yandasCovered: 6 });

    writeFileSync(file, JSON.stringify(doc).replaceAll('"sosial"', '"sosal"'));
    const run = await runInovda(['score', '--json', file], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'innovations[5].urusan: Urusan "sosal" tidak dikenal. Maksud Anda "sosial"?',
    );
  });

  it('reports a missing file with its absolute path', async () => {
    const run = await runInovda(['score', 'tidak-ada.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(join(dir, 'tidak-ada.json'));
    expect(run.stderr).toContain('Berkas tidak ditemukan');
    expect(run.stderr).toContain('File not found');
  });

  it('reports every problem of a file at once, in English only with --lang en', async () => {
    const file = join(dir, 'many.json');
    writeFileSync(file, valid([innovation('a', { '17': 9, '99': 1 }), innovation('b', {}, 'kesehtan')]));
    const run = await runInovda(['score', '--lang', 'en', file], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('innovations[0].indicators.17:');
    expect(run.stderr).toContain('innovations[1].urusan:');
    expect(run.stderr).not.toContain('Tingkat harus');
  });

  it('rejects usage mistakes with exit 2', async () => {
    for (const args of [
      ['score'],
      ['hitung', 'x.json'],
      ['score', '--nope', 'x.json'],
      ['score', '--lang', 'fr', 'x.json'],
    ]) {
      const run = await runInovda(args, { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('inovda --help');
    }
  });
});
