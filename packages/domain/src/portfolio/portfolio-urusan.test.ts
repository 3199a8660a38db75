import { describe, expect, it } from 'vitest';
import { getEdition } from '../editions/registry.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { parsePortfolio } from './parse-portfolio.ts';
import { scorePortfolio } from './score-portfolio.ts';

const IGA_2026 = getEdition('iga-2026') as TEditionPack;
// 70 points exactly: 35, 16, 31, 33 (12 + 9 + 9 + 9) + 17, 18, 19, 21, 28 (6 each) + 20 (1 x 1).
const SEVENTY = { '35': 3, '16': 3, '31': 3, '33': 3, '17': 3, '18': 3, '19': 3, '21': 3, '28': 3, '20': 1 };
const YANDAS = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
];

/** Worked example A of the reference (§3.2): 20 innovations of 70 covering the six yandas urusan. */
function exampleA(urusanOf: (j: number) => string) {
  return {
    edition: 'iga-2026',
    spd: {},
    innovations: Array.from({ length: 20 }, (_, j) => ({
      id: `i${j}`,
      urusan: urusanOf(j),
      indicators: SEVENTY,
    })),
  };
}

describe('portfolio urusan', () => {
  it('the 70-point innovation is 70 points and six yandas give the count score', () => {
    const parsed = parsePortfolio(exampleA((j) => YANDAS[j % 6] ?? ''));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
    const report = scorePortfolio(IGA_2026, parsed.value.portfolio);
    expect(report.innovations[0]?.maturity).toBe(70);
    expect(report).toMatchObject({ yandasCovered: 6, countScore: 7.6 });
  });

  it('rejects a misspelled yandas slug ("sosal") instead of silently dropping the count score', () => {
    const doc = exampleA((j) => (j % 6 === 5 ? 'sosal' : (YANDAS[j % 6] ?? '')));
    const result = parsePortfolio(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['PORTFOLIO.INVALID_URUSAN', 'innovations[5].urusan'],
      ['PORTFOLIO.INVALID_URUSAN', 'innovations[11].urusan'],
      ['PORTFOLIO.INVALID_URUSAN', 'innovations[17].urusan'],
    ]);
    const message = result.error.issues[0]?.message;
    expect(message?.id).toContain('"sosial"');
    expect(message?.en).toContain('Did you mean "sosial"');
  });

  it.each([
    ['pariwsata', 'pariwisata'],
    ['kesehtan', 'kesehatan'],
    ['pekerjaan-umum', 'pekerjaan-umum-penataan-ruang'],
    ['trantibum-linmas-x', 'trantibum-linmas'],
  ])('suggests the closest slug for %j: %s', (wrong, slug) => {
    const result = parsePortfolio(exampleA(() => wrong));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]?.message.en).toContain(`"${slug}"`);
  });

  it.each([
    ['Kesehatan', 'kesehatan'],
    ['Pekerjaan Umum dan Penataan Ruang', 'pekerjaan-umum-penataan-ruang'],
    ['  pekerjaan   UMUM dan penataan ruang ', 'pekerjaan-umum-penataan-ruang'],
    ['Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat', 'trantibum-linmas'],
    ['SOSIAL', 'sosial'],
    ['sosial', 'sosial'],
  ])('accepts the official name %j and normalises it to %s', (name, slug) => {
    const result = parsePortfolio(exampleA(() => name));
    if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
    expect(result.value.portfolio.innovations.every((i) => i.urusan === slug)).toBe(true);
  });

  it('rejects an empty urusan', () => {
    const result = parsePortfolio(exampleA(() => ''));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({
      code: 'PORTFOLIO.EMPTY_VALUE',
      path: 'innovations[0].urusan',
    });
  });
});
