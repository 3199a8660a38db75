import { describe, expect, it } from 'vitest';
import { getEdition } from '../editions/registry.ts';
import { planPortfolioDocument, scorePortfolioDocument } from './portfolio-document.ts';

const doc = (edition = 'iga-2026') => ({
  edition,
  spd: { '1': 3, '2a': 2, '5a': 1 },
  innovations: [
    { id: 'x1', name: 'Sapa Warga', urusan: 'Kesehatan', indicators: { '16': 3, '17': 2, '35': 1 } },
    { id: 'x2', name: 'Sekolah Ramah', urusan: 'pendidikan', indicators: { '16': 1, '33': 3 } },
  ],
});

describe('scorePortfolioDocument', () => {
  it('scores with the edition the document names (hand-worked: SPD 5.75, SID 29/12, IID 3.27)', () => {
    expect(scorePortfolioDocument(doc())).toEqual({
      ok: true,
      value: {
        edition: 'iga-2026',
        spd: 5.75,
        innovationCount: 2,
        divisor: 12,
        averageMaturity: 2.4167,
        yandasCovered: 2,
        countScore: 0,
        sid: 2.4167,
        total: 8.1667,
        iid: 3.27,
        predicate: 'KURANG_INOVATIF',
        innovations: [
          { id: 'x1', maturity: 17 },
          { id: 'x2', maturity: 12 },
        ],
      },
    });
  });

  it('uses the 2024 pack for an iga-2024 document (divisor 10, not 12)', () => {
    const result = scorePortfolioDocument(doc('iga-2024'));
    expect(result.ok && [result.value.edition, result.value.divisor]).toEqual(['iga-2024', 10]);
  });

  it('reports an unknown edition as an issue instead of falling back to another pack', () => {
    const result = scorePortfolioDocument(doc('iga-2027'));
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'PORTFOLIO.UNKNOWN_EDITION', path: 'edition' }],
    });
    expect(scorePortfolioDocument(undefined)).toMatchObject({ ok: false });
  });

  it('allows a custom edition through resolveEdition, and only then', () => {
    const custom = { ...getEdition('iga-2026')!, code: 'pati-2026' };
    const resolveEdition = (code: string) => (code === 'pati-2026' ? custom : undefined);
    expect(scorePortfolioDocument(doc('pati-2026'), { resolveEdition }).ok).toBe(true);
    expect(scorePortfolioDocument(doc('pati-2026')).ok).toBe(false);
  });
});

describe('planPortfolioDocument', () => {
  it('plans the best set and at most `limit` next actions', () => {
    const result = planPortfolioDocument(doc(), { limit: 2 });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.value.all).toEqual({ innovationCount: 2, iid: 3.27, predicate: 'KURANG_INOVATIF' });
    expect(result.value.best.send).toEqual(['x1', 'x2']);
    expect(result.value.actions).toHaveLength(2);
    expect(result.value.actions[0]?.gain).toBeGreaterThan(0);
    expect(result.value.actions[0]?.description.id).not.toBe('');
  });

  it('returns the same issues as scoring for an invalid document, and refuses a bad limit', () => {
    expect(planPortfolioDocument(doc('x'))).toEqual(scorePortfolioDocument(doc('x')));
    expect(() => planPortfolioDocument(doc(), { limit: 0 })).toThrow(RangeError);
  });
});
