import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreInnovation } from '../scoring/score-innovation.ts';
import { getEdition } from '../editions/registry.ts';
import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from './portfolio-schema.ts';
import { scorePortfolio } from './score-portfolio.ts';

const IGA_2026 = getEdition('iga-2026') as TEditionPack;
// Exactly 80 points: 35 (12) + 16, 31, 33 (9 each) + 17, 18, 19, 21, 28, 30 (6 each) + 20 (3) + 32 at tier 1 (2).
const EIGHTY = {
  '35': 3,
  '16': 3,
  '31': 3,
  '33': 3,
  '17': 3,
  '18': 3,
  '19': 3,
  '21': 3,
  '28': 3,
  '30': 3,
  '32': 1,
  '20': 3,
};
const YANDAS = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
];

const portfolioOf = (count: number): TPortfolio => ({
  edition: 'iga-2026',
  spd: Object.fromEntries(IGA_2026.spd.map((row) => [row.code, 0])),
  innovations: Array.from({ length: count }, (_, j) => ({
    id: `i${j}`,
    urusan: YANDAS[j % 6] ?? '',
    indicators: EIGHTY,
  })),
});

describe('scorePortfolio', () => {
  it('reports the example C of the reference (8 x 80 over MAX(12, 8)) with 4-decimal display values', () => {
    const report = scorePortfolio(IGA_2026, portfolioOf(8));
    expect(report).toMatchObject({
      edition: 'iga-2026',
      spd: 0,
      innovationCount: 8,
      divisor: 12,
      averageMaturity: 53.3333, // 640 / 12, shown rounded half-up
      yandasCovered: 6,
      countScore: 3.04,
      sid: 56.3733,
      total: 56.3733,
      iid: 22.55, // 56.37333... / 2.5 = 22.549333 -> 22.55
      predicate: 'KURANG_INOVATIF',
    });
    expect(report.innovations[0]).toEqual({ id: 'i0', maturity: 80 });
  });

  it('rounds the displayed average half-up (2/3 -> 0.6667) while the IID uses the exact value', () => {
    const portfolio: TPortfolio = {
      edition: 'iga-2026',
      spd: {},
      innovations: [
        {
          id: 'a',
          urusan: 'pariwisata',
          indicators: { '20': 1, '22': 1, '23': 1, '24': 1, '25': 1, '26': 1, '27': 1, '29': 1 },
        },
      ],
    };
    const report = scorePortfolio(IGA_2026, portfolio);
    expect(report.averageMaturity).toBe(0.6667); // 8 / 12
    expect(report.iid).toBe(0.27); // 0.6666... / 2.5 = 0.2666... -> 0.27
    expect(report.predicate).toBe('KURANG_INOVATIF');
  });

  it('gives IID 0 and TIDAK_DAPAT_DINILAI for an empty portfolio', () => {
    const report = scorePortfolio(IGA_2026, { edition: 'iga-2026', spd: {}, innovations: [] });
    expect(report).toMatchObject({
      innovationCount: 0,
      divisor: 12,
      iid: 0,
      predicate: 'TIDAK_DAPAT_DINILAI',
      innovations: [],
    });
  });

  it('gives each innovation the maturity scoreInnovation gives (random tiers)', () => {
    const codes = IGA_2026.sid.map((indicator) => indicator.code);
    const tiers = fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(tiers, (indicators) => {
        const report = scorePortfolio(IGA_2026, {
          edition: 'iga-2026',
          spd: {},
          innovations: [{ id: 'a', urusan: 'pariwisata', indicators }],
        });
        expect(report.innovations[0]?.maturity).toBe(
          scoreInnovation(IGA_2026, indicators).maturityX100 / 100,
        );
      }),
    );
  });
});
