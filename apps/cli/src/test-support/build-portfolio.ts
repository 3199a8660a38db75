// Builds portfolio documents with chosen maturities and SPD scores, by finding tiers whose weighted sum hits
// the target exactly (so the worked examples of the reference can be written as real files).

interface Weighted {
  code: string;
  weightX100: number;
}

/** Tiers 0..3 per code whose sum of weight x tier is exactly `targetX100`; throws when impossible. */
function tiersForScore(rows: readonly Weighted[], targetX100: number): Record<string, number> {
  const order = [...rows].sort((a, b) => b.weightX100 - a.weightX100);
  const capacityFrom = order.map((_, i) => order.slice(i).reduce((sum, row) => sum + 3 * row.weightX100, 0));
  const tiers: Record<string, number> = {};
  const search = (i: number, remaining: number): boolean => {
    if (remaining === 0) return true;
    const row = order[i];
    if (row === undefined || remaining > (capacityFrom[i] ?? 0)) return false;
    for (let tier = 3; tier >= 0; tier--) {
      if (tier * row.weightX100 > remaining) continue;
      tiers[row.code] = tier;
      if (search(i + 1, remaining - tier * row.weightX100)) return true;
    }
    delete tiers[row.code];
    return false;
  };
  if (!search(0, targetX100)) throw new Error(`no tiers reach ${targetX100}`);
  return Object.fromEntries(Object.entries(tiers).filter(([, tier]) => tier > 0));
}

/** The six yandas slugs followed by non-yandas ones, to spread innovations over urusan. */
const YANDAS = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'trantibum-linmas',
  'sosial',
];

function urusanFor(j: number, yandasCovered: number): string {
  if (j < yandasCovered) return YANDAS[j] ?? 'pariwisata';
  return yandasCovered > 0 && j % 2 === 1 ? (YANDAS[j % yandasCovered] ?? 'pariwisata') : 'pariwisata';
}

/**
 * A portfolio whose innovations have the given maturities (hundredths) and whose innovations cover exactly
 * `yandasCovered` yandas urusan (the rest go to `pariwisata`).
 */
export function buildPortfolio(options: {
  edition: { code: string; spd: readonly Weighted[]; sid: readonly Weighted[] };
  spdX100: number;
  maturitiesX100: readonly number[];
  yandasCovered: number;
}): unknown {
  const { edition, spdX100, maturitiesX100, yandasCovered } = options;
  return {
    edition: edition.code,
    spd: tiersForScore(edition.spd, spdX100),
    innovations: maturitiesX100.map((maturity, j) => ({
      id: `inov-${j + 1}`,
      name: `Inovasi ${j + 1}`,
      urusan: urusanFor(j, yandasCovered),
      indicators: tiersForScore(edition.sid, maturity),
    })),
  };
}
