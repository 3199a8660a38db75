// A seeded synthetic national portfolio for the CLI benchmark: one file with 36,742 innovations (the IGA 2025
// national total), all 20 SID indicators answered, urusan spread over every slug, and the 20 SPD rows.
import { getEdition, URUSAN, type TPortfolio } from '@inovda/domain';

/** mulberry32: a small seeded PRNG, so every run writes the same file. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NATIONAL_INNOVATIONS = 36_742;

export function buildNationalPortfolio(count = NATIONAL_INNOVATIONS): TPortfolio {
  const edition = getEdition('iga-2026');
  if (edition === undefined) throw new Error('iga-2026 missing');
  const random = createRandom(20_251_210);
  const tier = () => Math.min(3, Math.floor(random() * 4.4));
  const slugs = URUSAN.map((urusan) => urusan.slug);
  return {
    edition: edition.code,
    spd: Object.fromEntries(edition.spd.map((row) => [row.code, tier()])),
    innovations: Array.from({ length: count }, (_, j) => ({
      id: `inovasi-${j + 1}`,
      name: `Inovasi daerah nomor ${j + 1}`,
      urusan: slugs[Math.floor(random() * slugs.length)] ?? 'pariwisata',
      indicators: Object.fromEntries(edition.sid.map((indicator) => [indicator.code, tier()])),
    })),
  };
}
