import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getEdition } from '@inovda/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPortfolio } from './test-support/build-portfolio.ts';
import { runInovda } from './test-support/run-inovda.ts';

const dir = mkdtempSync(join(tmpdir(), 'inovda-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const iga2026 = getEdition('iga-2026');
if (iga2026 === undefined) throw new Error('iga-2026 missing');

const repeat = (count: number, maturityX100: number): number[] =>
  Array.from({ length: count }, () => maturityX100);

// Reference §3.2, worked examples A-E (k = 12, yandas_min = 5), plus the 40 + 7369/80 + 80 x 0.38 case.
const cases = [
  {
    name: 'A',
    spdX100: 4000,
    maturities: repeat(20, 7000),
    yandas: 6,
    iid: 47.04,
    predicate: 'INOVATIF',
    divisor: 20,
  },
  {
    name: 'B (yandas gagal)',
    spdX100: 4000,
    maturities: repeat(20, 7000),
    yandas: 4,
    iid: 44,
    predicate: 'INOVATIF',
    divisor: 20,
  },
  {
    name: 'C (sedikit inovasi)',
    spdX100: 4000,
    maturities: repeat(8, 8000),
    yandas: 6,
    iid: 38.55,
    predicate: 'KURANG_INOVATIF',
    divisor: 12,
  },
  {
    name: 'D',
    spdX100: 4000,
    maturities: repeat(12, 8000),
    yandas: 6,
    iid: 49.82,
    predicate: 'INOVATIF',
    divisor: 12,
  },
  {
    name: 'E (sempurna)',
    spdX100: 6300,
    maturities: repeat(200, 11100),
    yandas: 6,
    iid: 100,
    predicate: 'SANGAT_INOVATIF',
    divisor: 200,
  },
  {
    name: '65,01 bukan 65,00',
    spdX100: 4000,
    maturities: [...repeat(71, 9200), ...repeat(9, 9300)],
    yandas: 6,
    iid: 65.01,
    predicate: 'SANGAT_INOVATIF',
    divisor: 80,
  },
];

describe('inovda score on the worked examples of the reference', () => {
  it.each(cases)(
    'example $name gives IID $iid',
    async ({ name, spdX100, maturities, yandas, iid, predicate, divisor }) => {
      const file = join(dir, `example-${name.split(' ')[0] ?? name}.json`);
      const portfolio = buildPortfolio({
        edition: iga2026,
        spdX100,
        maturitiesX100: maturities,
        yandasCovered: yandas,
      });
      writeFileSync(file, JSON.stringify(portfolio));
      const run = await runInovda(['score', '--json', file], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(report).toMatchObject({
        iid,
        predicate,
        divisor,
        spd: spdX100 / 100,
        innovationCount: maturities.length,
      });
      expect(report.yandasCovered).toBe(yandas);
    },
  );
});
