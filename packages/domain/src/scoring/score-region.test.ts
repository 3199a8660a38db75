import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../editions/registry.ts';
import { compileEdition } from './compile-edition.ts';
import { predicateFor } from './predicate.ts';
import { scoreRegion, scoreRegionTotals } from './score-region.ts';
import { SPD_40, SPD_63, makeInnovations } from './test-support.ts';

const iga2026 = EDITIONS['iga-2026'];
const compiled2026 = compileEdition(iga2026);

describe('worked examples of reference §3.2 (IGA 2026, k = 12, yandas_min = 5)', () => {
  it.each([
    ['A', SPD_40, 20, 7000, 6, '70.00', 760, '47.04', 'INOVATIF'],
    ['B (yandas fail)', SPD_40, 20, 7000, 4, '70.00', 0, '44.00', 'INOVATIF'],
    ['C (few innovations)', SPD_40, 8, 8000, 6, '53.33', 304, '38.55', 'KURANG_INOVATIF'],
    ['D', SPD_40, 12, 8000, 6, '80.00', 456, '49.82', 'INOVATIF'],
    ['E (perfect)', SPD_63, 200, 11100, 6, '111.00', 7600, '100.00', 'SANGAT_INOVATIF'],
  ] as const)('case %s', (_case, spd, n, maturityX100, yandas, average, countX100, iid, predicate) => {
    const score = scoreRegion(iga2026, { spd, innovations: makeInnovations(n, maturityX100, yandas) });
    expect(score.averageMaturityText).toBe(average);
    expect(score.countScoreX100).toBe(countX100);
    expect(score.iid).toBe(iid);
    expect(score.predicate).toBe(predicate);
  });

  it('keeps case C exact: 640/12 is 160/3, not 53.333...', () => {
    const score = scoreRegion(iga2026, { spd: SPD_40, innovations: makeInnovations(8, 8000, 6) });
    expect(score.averageMaturity).toEqual({ num: 160, den: 3 });
    expect(score.total).toEqual({ num: 7228, den: 75 }); // 40 + 160/3 + 3.04
  });

  it('computes 40 + 7369/80 + 80 x 0.38 = 162.5125 exactly and rounds the IID 65.005 up to 65.01', () => {
    const innovations = makeInnovations(80, 9211, 6);
    innovations[0] = { ...innovations[0]!, maturityX100: 9211 + 20 }; // sum 736900 = 7369 points
    const score = scoreRegion(iga2026, { spd: SPD_40, innovations });
    expect(score.total).toEqual({ num: 13001, den: 80 });
    expect(score.totalText).toBe('162.51');
    expect(score.iidX100).toBe(6501);
    expect(score.iid).toBe('65.01');
    expect(score.predicate).toBe('SANGAT_INOVATIF');
  });
});

/** Totals with SPD 40, 80 innovations and 6 yandas (count 30.40): IID = (70.40 + sum / 8000) / 2.5. */
const at80 = (sumMaturityX100: number) =>
  scoreRegionTotals(compiled2026, { spdX100: 4000, innovationCount: 80, sumMaturityX100, yandasCovered: 6 });

describe('predicate bands at, below and above each threshold (IGA 2026)', () => {
  it.each([
    [736700, '65.00', 'INOVATIF'], // exact 64.995 rounds up to 65.00, still Inovatif
    [736800, '65.00', 'INOVATIF'],
    [736900, '65.01', 'SANGAT_INOVATIF'], // exact 65.005
    [737000, '65.01', 'SANGAT_INOVATIF'],
    [236800, '40.00', 'KURANG_INOVATIF'],
    [236900, '40.01', 'INOVATIF'], // exact 40.005
    [237000, '40.01', 'INOVATIF'],
  ] as const)('sum %i -> IID %s -> %s', (sum, iid, predicate) => {
    const score = at80(sum);
    expect(score.iid).toBe(iid);
    expect(score.predicate).toBe(predicate);
  });

  it.each([
    [0, '0.00', 'TIDAK_DAPAT_DINILAI'],
    [14, '0.00', 'TIDAK_DAPAT_DINILAI'], // exact 0.00467
    [15, '0.01', 'KURANG_INOVATIF'], // exact 0.005
    [30, '0.01', 'KURANG_INOVATIF'],
  ] as const)('one innovation of %i hundredths, nothing else -> IID %s -> %s', (sum, iid, predicate) => {
    const score = scoreRegionTotals(compiled2026, {
      spdX100: 0,
      innovationCount: 1,
      sumMaturityX100: sum,
      yandasCovered: 1,
    });
    expect([score.iid, score.predicate]).toEqual([iid, predicate]);
  });

  it.each([
    ['iga-2026', 6500, 'INOVATIF'],
    ['iga-2026', 6501, 'SANGAT_INOVATIF'],
    ['iga-2026', 4000, 'KURANG_INOVATIF'],
    ['iga-2026', 4001, 'INOVATIF'],
    ['iga-2026', 1, 'KURANG_INOVATIF'],
    ['iga-2026', 0, 'TIDAK_DAPAT_DINILAI'],
    ['iga-2024', 6000, 'INOVATIF'],
    ['iga-2024', 6001, 'SANGAT_INOVATIF'],
    ['iga-2024', 3499, 'KURANG_INOVATIF'],
    ['iga-2024', 3500, 'INOVATIF'],
    ['iga-2023', 3499, 'KURANG_INOVATIF'],
    ['iga-2023', 3500, 'INOVATIF'],
    ['iga-2023', 6001, 'SANGAT_INOVATIF'],
    ['iga-2023', 0, 'TIDAK_DAPAT_DINILAI'],
  ] as const)('%s: IID x100 %i -> %s', (code, iidX100, predicate) => {
    expect(predicateFor(compileEdition(EDITIONS[code]), iidX100)).toBe(predicate);
  });
});

describe('divisor, yandas rule and count cap', () => {
  it.each([
    [11, 12],
    [12, 12],
    [13, 13],
  ])('n = %i -> divisor %i', (n, divisor) => {
    expect(scoreRegion(iga2026, { spd: {}, innovations: makeInnovations(n, 5000, 6) }).divisor).toBe(divisor);
  });

  it('uses k = 10 for IGA 2023', () => {
    expect(
      scoreRegion(EDITIONS['iga-2023'], { spd: {}, innovations: makeInnovations(9, 5000, 0) }).divisor,
    ).toBe(10);
  });

  it.each([
    [4, 0],
    [5, 20 * 38],
    [6, 20 * 38],
  ])('%i yandas urusan covered -> count score %i hundredths', (yandas, countX100) => {
    const score = scoreRegion(iga2026, { spd: {}, innovations: makeInnovations(20, 5000, yandas) });
    expect(score.yandasCovered).toBe(yandas);
    expect(score.countScoreX100).toBe(countX100);
  });

  it.each([
    [199, 7562],
    [200, 7600],
    [201, 7600],
  ])('n = %i -> count score %i hundredths (cap 200)', (n, countX100) => {
    expect(scoreRegion(iga2026, { spd: {}, innovations: makeInnovations(n, 5000, 6) }).countScoreX100).toBe(
      countX100,
    );
  });

  it('scores an empty region as SPD only over k', () => {
    const score = scoreRegion(iga2026, { spd: SPD_40, innovations: [] });
    expect([score.divisor, score.iid, score.predicate]).toEqual([12, '16.00', 'KURANG_INOVATIF']);
  });

  it('refuses a negative or fractional maturity', () => {
    const bad = [{ id: 'x', urusan: 'sosial', maturityX100: 12.5 }];
    expect(() => scoreRegion(iga2026, { spd: {}, innovations: bad })).toThrow(RangeError);
  });
});

describe('region properties', () => {
  const tiers = (length: number) =>
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: length, maxLength: length });
  const innovation = fc.record({
    maturityX100: fc.integer({ min: 0, max: 11100 }),
    urusan: fc.constantFrom(
      'pendidikan',
      'kesehatan',
      'sosial',
      'trantibum-linmas',
      'pariwisata',
      'perumahan-kawasan-permukiman',
      'pekerjaan-umum-penataan-ruang',
    ),
  });

  it('keeps the IID within 0..100 for every edition', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(EDITIONS)),
        tiers(20),
        fc.array(innovation, { maxLength: 260 }),
        (edition, spdTiers, list) => {
          const spd = Object.fromEntries(edition.spd.map((row, i) => [row.code, spdTiers[i] ?? 0]));
          const innovations = list.map((item, i) => ({ ...item, id: String(i) }));
          const { iidX100 } = scoreRegion(edition, { spd, innovations });
          return iidX100 >= 0 && iidX100 <= 10000;
        },
      ),
    );
  });

  it('never lowers the IID when one innovation matures', () => {
    fc.assert(
      fc.property(
        fc.array(innovation, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 11100 }),
        (list, pick, raise) => {
          const innovations = list.map((item, i) => ({ ...item, id: String(i) }));
          const before = scoreRegion(iga2026, { spd: SPD_40, innovations }).iidX100;
          const i = pick % innovations.length;
          innovations[i] = {
            ...innovations[i]!,
            maturityX100: Math.min(11100, innovations[i]!.maturityX100 + raise),
          };
          return scoreRegion(iga2026, { spd: SPD_40, innovations }).iidX100 >= before;
        },
      ),
    );
  });
});
