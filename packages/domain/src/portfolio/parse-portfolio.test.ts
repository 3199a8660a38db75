import { describe, expect, it } from 'vitest';
import { getEdition } from '../editions/registry.ts';
import { parsePortfolio } from './parse-portfolio.ts';

const innovation = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Inovasi ${id}`,
  urusan: 'kesehatan',
  indicators: { '16': 3 },
  ...extra,
});
const doc = (extra: Record<string, unknown> = {}) => ({
  edition: 'iga-2026',
  spd: { '1': 3, '2a': 2, '5a': 1 },
  innovations: [innovation('a'), innovation('b'), innovation('c'), innovation('d')],
  ...extra,
});

function issuesOf(input: unknown) {
  const result = parsePortfolio(input);
  if (result.ok) throw new Error('expected issues');
  return result.error.issues.map((issue) => [issue.code, issue.path] as const);
}

describe('parsePortfolio', () => {
  it('accepts the example of the issue and returns the edition pack', () => {
    const result = parsePortfolio(doc());
    expect(result.ok && result.value.edition.code).toBe('iga-2026');
  });

  it.each([
    ['tier above 3', { '17': 4 }, 'innovations[3].indicators.17'],
    ['tier below 0', { '17': -1 }, 'innovations[3].indicators.17'],
    ['fractional tier', { '17': 2.5 }, 'innovations[3].indicators.17'],
    ['tier as text', { '17': '2' }, 'innovations[3].indicators.17'],
  ])('rejects a %s with its exact path', (_, indicators, path) => {
    const input = doc({
      innovations: [innovation('a'), innovation('b'), innovation('c'), innovation('d', { indicators })],
    });
    expect(issuesOf(input)).toEqual([['PORTFOLIO.TIER_OUT_OF_RANGE', path]]);
  });

  it.each([0, 1, 2, 3])('accepts tier %i', (tier) => {
    expect(parsePortfolio(doc({ spd: { '2b': tier } })).ok).toBe(true);
  });

  it('rejects an unknown indicator code only after the shape is right, against the named edition', () => {
    const input = doc({
      innovations: [
        innovation('a'),
        innovation('b'),
        innovation('c'),
        innovation('d', { indicators: { '36': 1 } }),
      ],
    });
    expect(issuesOf(input)).toEqual([['PORTFOLIO.UNKNOWN_INDICATOR', 'innovations[3].indicators.36']]);
    expect(issuesOf(doc({ spd: { '16': 1 } }))).toEqual([['PORTFOLIO.UNKNOWN_SPD_ROW', 'spd.16']]);
  });

  it('rejects an unknown edition, naming the available ones, even when the shape is also wrong', () => {
    const result = parsePortfolio({ edition: 'iga-2099', spd: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual(['edition', 'spd', 'innovations']);
    expect(result.error.issues[0]?.message.id).toContain('iga-2026');
  });

  it('rejects a missing urusan, an unknown urusan, a duplicate id and unknown keys', () => {
    const { urusan: _omitted, ...withoutUrusan } = innovation('b');
    const input = doc({
      innovations: [
        innovation('a', { urusan: 'kesehtan' }),
        withoutUrusan,
        innovation('a'),
        innovation('d', { unit: 'x' }),
      ],
      extra: true,
    });
    expect(issuesOf(input)).toEqual([
      ['PORTFOLIO.REQUIRED', 'innovations[1].urusan'],
      ['PORTFOLIO.UNKNOWN_KEY', 'innovations[3].unit'],
      ['PORTFOLIO.UNKNOWN_KEY', 'extra'],
      ['PORTFOLIO.INVALID_URUSAN', 'innovations[0].urusan'],
    ]);
    const dup = doc({ innovations: [innovation('a'), innovation('a')] });
    expect(issuesOf(dup)).toEqual([['PORTFOLIO.DUPLICATE_ID', 'innovations[1].id']]);
  });

  it('rejects documents that are not objects and gives bilingual messages', () => {
    const result = parsePortfolio([1, 2]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({ code: 'PORTFOLIO.INVALID_TYPE', path: '' });
    expect(result.error.issues[0]?.message.id).toContain('objek');
    expect(result.error.issues[0]?.message.en).toContain('object');
  });

  it('uses a custom edition resolver, so a Pemda-defined edition is checked the same way', () => {
    const custom = { ...getEdition('iga-2026')!, code: 'pati-2026' };
    const resolveEdition = (code: string) => (code === 'pati-2026' ? custom : undefined);
    expect(parsePortfolio(doc({ edition: 'pati-2026' }), { resolveEdition }).ok).toBe(true);
    expect(parsePortfolio(doc(), { resolveEdition }).ok).toBe(false);
  });
});
