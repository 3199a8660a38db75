// Deterministic synthetic national dataset for the benchmark: 546 regions and 36,742 innovations (the IGA 2025
// national totals), held in flat typed arrays so that a hand-written loop and the domain API read the same data.

/** The dataset in flat typed arrays; innovation j of region r lives at offsets[r] <= j < offsets[r + 1]. */
export interface NationalDataset {
  regionCount: number;
  innovationCount: number;
  sidCount: number;
  spdCount: number;
  /** Region r's innovations are offsets[r] .. offsets[r + 1] - 1. */
  offsets: Int32Array;
  /** innovationCount x sidCount tiers 0..3, in the edition's SID order. */
  sidTiers: Uint8Array;
  /** Per innovation an index into `urusanSlugs`. */
  urusan: Uint8Array;
  /** regionCount x spdCount tiers 0..3, in the edition's SPD order. */
  spdTiers: Uint8Array;
}

/** mulberry32: a small seeded PRNG, so every run scores exactly the same data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickTier(random: () => number, quality: number): number {
  // A region's quality shifts the tier distribution; about 12 % of answers stay empty (tier 0).
  const roll = random();
  if (roll < 0.12 * (1.5 - quality)) return 0;
  const high = random() < quality ? 1 : 0;
  return Math.min(3, 1 + high + (random() < quality * 0.8 ? 1 : 0));
}

/** Innovation counts per region: uneven (2..190) and summing exactly to `total`. */
function splitCounts(random: () => number, regions: number, total: number): Int32Array {
  const weights = Array.from({ length: regions }, () => 0.05 + random() ** 2);
  const scale = total / weights.reduce((a, b) => a + b, 0);
  const counts = Int32Array.from(weights, (w) => Math.max(2, Math.min(190, Math.round(w * scale))));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  for (let r = 0; diff !== 0; r = (r + 1) % regions) {
    const step = diff > 0 ? 1 : -1;
    const next = (counts[r] ?? 0) + step;
    if (next >= 2 && next <= 190) {
      counts[r] = next;
      diff -= step;
    }
  }
  return counts;
}

/**
 * Generates the dataset. `yandasCount` urusan indexes 0..yandasCount-1 are the yandas ones; they get about
 * 45 % of innovations, and about one region in six misses some, so both sides of the yandas rule are scored.
 */
export function generateNationalDataset(options: {
  seed: number;
  regionCount: number;
  innovationCount: number;
  sidCount: number;
  spdCount: number;
  urusanCount: number;
  yandasCount: number;
}): NationalDataset {
  const { seed, regionCount, innovationCount, sidCount, spdCount, urusanCount, yandasCount } = options;
  const random = createRandom(seed);
  const counts = splitCounts(random, regionCount, innovationCount);
  const offsets = new Int32Array(regionCount + 1);
  const sidTiers = new Uint8Array(innovationCount * sidCount);
  const urusan = new Uint8Array(innovationCount);
  const spdTiers = new Uint8Array(regionCount * spdCount);
  let j = 0;
  for (let r = 0; r < regionCount; r++) {
    offsets[r] = j;
    const quality = 0.2 + random() * 0.75;
    const yandasReach = random() < 1 / 6 ? 1 + Math.floor(random() * (yandasCount - 1)) : yandasCount;
    for (let s = 0; s < spdCount; s++) spdTiers[r * spdCount + s] = pickTier(random, quality);
    for (let end = j + (counts[r] ?? 0); j < end; j++) {
      urusan[j] =
        random() < 0.45
          ? Math.floor(random() * yandasReach)
          : yandasCount + Math.floor(random() * (urusanCount - yandasCount));
      for (let i = 0; i < sidCount; i++) sidTiers[j * sidCount + i] = pickTier(random, quality);
    }
  }
  offsets[regionCount] = j;
  return { regionCount, innovationCount, sidCount, spdCount, offsets, sidTiers, urusan, spdTiers };
}
