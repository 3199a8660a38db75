import { getEdition, scoreRegion, type TEditionPack } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { computeWhatIf, toggleIncluded, type TWhatIfInnovation } from './what-if';

const edition = getEdition('iga-2026') as TEditionPack;
const YANDAS = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
];

/** n innovations of equal maturity, cycling through the first `yandas` yandas urusan. */
function portfolio(n: number, maturityX100: number, yandas = 6): TWhatIfInnovation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `inv-${i}`,
    name: `Inovasi ${i}`,
    unitName: 'Dinas',
    maturityX100,
    urusan: YANDAS[i % yandas] ?? 'sosial',
  }));
}
const ids = (list: readonly TWhatIfInnovation[]) => new Set(list.map((c) => c.id));

describe('computeWhatIf (IGA 2026: k = 12, 0,38 per innovation, 5 of 6 yandas, total 250)', () => {
  it('12 x 80 with all yandas and no SPD: (80 + 4,56) / 250 = 33,824 -> 33,82', () => {
    const all = portfolio(12, 8000);
    const { score } = computeWhatIf(edition, 0, all, ids(all), ids(all));
    expect(score.iid).toBe('33.82');
    expect(score.predicate).toBe('KURANG_INOVATIF');
  });

  it('below k the divisor stays 12: 8 x 80 -> 53,33.. + 3,04 = 56,373.. -> 22,55', () => {
    const all = portfolio(8, 8000);
    const { score } = computeWhatIf(edition, 0, all, ids(all), ids(all));
    expect(score.divisor).toBe(12);
    expect(score.iid).toBe('22.55');
  });

  it('drops the count score when fewer than 5 yandas are covered (4 of 6)', () => {
    const all = portfolio(12, 8000, 4);
    const { score } = computeWhatIf(edition, 0, all, ids(all), ids(all));
    expect(score.countScoreX100).toBe(0);
    expect(score.iid).toBe('32.00');
  });

  it('moves the IID when an innovation is left out, and reports the exact delta', () => {
    const all = [
      ...portfolio(13, 8000),
      { id: 'weak', name: 'Lemah', unitName: 'Dinas', maturityX100: 1000, urusan: 'sosial' },
    ];
    const without = toggleIncluded(ids(all), 'weak');
    const result = computeWhatIf(edition, 0, all, without, ids(all));
    // Baseline: (13 x 80 + 10) / 14 + 14 x 0,38 = 75 + 5,32 = 80,32 -> 32,128 -> 32,13.
    expect(result.baseline.iid).toBe('32.13');
    // Without it: 13 x 80 / 13 + 13 x 0,38 = 80 + 4,94 = 84,94 -> 33,976 -> 33,98.
    expect(result.score.iid).toBe('33.98');
    expect(result.deltaX100).toBe(185);
  });

  it('adds the SPD score: 4000 + the 12 x 80 case -> (40 + 84,56) / 250 = 49,824 -> 49,82', () => {
    const all = portfolio(12, 8000);
    expect(computeWhatIf(edition, 4000, all, ids(all), ids(all)).score.iid).toBe('49.82');
  });

  it('agrees with the domain scoreRegion for the same innovations (no SPD answers)', () => {
    const all = [...portfolio(7, 9150, 5), ...portfolio(9, 6733, 3)].map((c, i) => ({ ...c, id: `x${i}` }));
    const chosen = new Set(all.filter((_, i) => i % 3 !== 0).map((c) => c.id));
    const expected = scoreRegion(edition, { spd: {}, innovations: all.filter((c) => chosen.has(c.id)) });
    const { score } = computeWhatIf(edition, 0, all, chosen, chosen);
    expect(score.iidX100).toBe(expected.iidX100);
    expect(score.predicate).toBe(expected.predicate);
  });

  it('is zero with nothing chosen and no SPD', () => {
    const { score } = computeWhatIf(edition, 0, portfolio(3, 8000), new Set(), new Set());
    expect(score.iidX100).toBe(0);
    expect(score.predicate).toBe('TIDAK_DAPAT_DINILAI');
  });
});

describe('toggleIncluded', () => {
  it('adds and removes without touching the input', () => {
    const start = new Set(['a']);
    expect([...toggleIncluded(start, 'b')].sort()).toEqual(['a', 'b']);
    expect([...toggleIncluded(start, 'a')]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });
});
