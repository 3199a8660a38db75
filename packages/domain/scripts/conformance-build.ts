// Builds the conformance files from the hand-written specs. Pure (no I/O), so the test that checks the
// committed files are current can call it too.
import { getEdition } from '../src/editions/registry.ts';
import { getUrusan, YANDAS_URUSAN } from '../src/urusan/urusan.ts';
import { INVALID_CASES, SCORE_CASES, type ScoreCaseSpec } from './conformance-cases.ts';

interface Weighted {
  code: string;
  weightX100: number;
}

/** Tiers 0..3 per code whose sum of weight x tier is exactly `targetX100` (heaviest rows first). */
export function tiersForScore(rows: readonly Weighted[], targetX100: number): Record<string, number> {
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
  return Object.fromEntries(
    rows.flatMap((row) => {
      const tier = tiers[row.code] ?? 0;
      return tier > 0 ? [[row.code, tier] as const] : [];
    }),
  );
}

function urusanFor(spec: ScoreCaseSpec, j: number): string {
  const slug = j < spec.yandas ? (YANDAS_URUSAN[j] ?? 'pariwisata') : 'pariwisata';
  return spec.officialNames ? (getUrusan(slug)?.label ?? slug) : slug;
}

function buildCase(spec: ScoreCaseSpec) {
  const edition = getEdition(spec.edition);
  if (edition === undefined) throw new Error(`unknown edition ${spec.edition}`);
  const maturities = spec.groups.flatMap(({ count, maturity }) => Array<number>(count).fill(maturity));
  const tiersOf = new Map<number, Record<string, number>>();
  const innovations = maturities.map((maturity, j) => {
    if (!tiersOf.has(maturity)) tiersOf.set(maturity, tiersForScore(edition.sid, maturity * 100));
    return { id: `i${j + 1}`, urusan: urusanFor(spec, j), indicators: tiersOf.get(maturity) ?? {} };
  });
  return {
    name: spec.name,
    description: spec.description,
    working: spec.working,
    portfolio: { edition: spec.edition, spd: tiersForScore(edition.spd, spec.spdX100), innovations },
    expected: {
      ok: true,
      report: {
        ...spec.expected,
        innovations: innovations.map((innovation, j) => ({ id: innovation.id, maturity: maturities[j] })),
      },
    },
  };
}

const TOPICS: Record<string, { id: string; en: string }> = {
  rounding: {
    id: 'Pembulatan IID setengah ke atas ke 2 desimal dari nilai eksak, di kedua sisi batas .xx5.',
    en: 'IID rounding half-up to 2 decimals from the exact value, on both sides of a .xx5 boundary.',
  },
  yandas: {
    id: 'Syarat urusan yandas untuk skor jumlah inovasi (IGA 2026: minimal 5 dari 6).',
    en: 'The yandas urusan rule of the count score (IGA 2026: at least 5 of 6).',
  },
  divisor: {
    id: 'Pembagi MAX(k, n), juga untuk n di bawah k.',
    en: 'The divisor MAX(k, n), also for n below k.',
  },
  cap: { id: 'Batas 200 pada skor jumlah inovasi.', en: 'The cap of 200 in the count score.' },
  empty: {
    id: 'Portofolio kosong dan tanpa inovasi.',
    en: 'Empty portfolios and portfolios without innovations.',
  },
  'predicate-bands': {
    id: 'Setiap batas predikat, tepat di batas dan tepat di bawahnya.',
    en: 'Every predicate band edge, exactly at the edge and just below it.',
  },
};

/** The conformance files by name: one per topic of valid portfolios, and `invalid.json`. */
export function buildConformanceFiles(): { file: string; content: Record<string, unknown> }[] {
  const files: { file: string; content: Record<string, unknown> }[] = Object.entries(TOPICS).map(
    ([topic, description]) => ({
      file: `${topic}.json`,
      content: {
        topic,
        description,
        cases: SCORE_CASES.filter((spec) => spec.file === topic).map(buildCase),
      },
    }),
  );
  files.push({
    file: 'invalid.json',
    content: {
      topic: 'invalid',
      description: {
        id: 'Dokumen tidak valid: setiap implementasi harus melaporkan masalah yang sama (kode dan path).',
        en: 'Invalid documents: every implementation must report the same issues (code and path).',
      },
      cases: INVALID_CASES.map(({ name, description, document, issues }) => ({
        name,
        description,
        portfolio: document,
        expected: { ok: false, issues },
      })),
    },
  });
  return files;
}
