import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TEditionPack } from '../editions/schema.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { nextBestActions } from './next-best-actions.ts';
import { compareSid } from './pick-size.ts';
import { buildPlanInput } from './plan-input.ts';
import {
  arbConstants,
  arbPortfolio,
  bruteForceBestTotal,
  compareRational,
  IGA_2026,
  scoredInnovations,
  withConstants,
} from './planner-test-support.ts';
import { priceCandidates, type PricedCandidate } from './price-candidates.ts';
import { nextBestActionsQuadratic, priceCandidatesQuadratic } from './quadratic-reference.ts';

/** The brute-force best total once the candidate is applied to the portfolio. */
function bruteForceAfter(edition: TEditionPack, portfolio: TPortfolio, candidate: PricedCandidate) {
  const spd =
    candidate.type === 'FILL_SPD_ROW'
      ? { ...portfolio.spd, [candidate.code ?? '']: candidate.to }
      : portfolio.spd;
  const innovations = scoredInnovations(edition, portfolio).map((innovation, key) =>
    key === candidate.key
      ? { ...innovation, maturityX100: innovation.maturityX100 + candidate.maturityDeltaX100 }
      : innovation,
  );
  if (candidate.type === 'ADD_YANDAS_INNOVATION') {
    innovations.push({
      id: 'new',
      urusan: candidate.urusan ?? '',
      maturityX100: candidate.assumedMaturityX100 ?? 0,
    });
  }
  return bruteForceBestTotal(edition, spd, innovations);
}

describe('priceCandidates', () => {
  it('prices every candidate exactly: equal to the brute-force optimum after applying it', () => {
    fc.assert(
      fc.property(arbConstants, arbPortfolio(6), (constants, portfolio) => {
        const edition = withConstants(constants);
        const input = buildPlanInput(edition, portfolio);
        for (const candidate of priceCandidates(edition, portfolio, input)) {
          const { numerator, divisor } = candidate.after;
          const fast = {
            num: numerator + (input.spdX100 + candidate.spdDeltaX100) * divisor,
            den: 100 * divisor,
          };
          expect(compareRational(fast, bruteForceAfter(edition, portfolio, candidate))).toBe(0);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

/** Portfolios where many innovations tie: few distinct indicator patterns, yandas slots present or missing. */
const arbTiedPortfolio = (max: number): fc.Arbitrary<TPortfolio> =>
  fc.tuple(arbPortfolio(4), fc.array(fc.nat(), { maxLength: max })).map(([base, picks]) => ({
    ...base,
    innovations:
      base.innovations.length === 0
        ? []
        : picks.map((pick, j) => {
            const source = base.innovations[pick % base.innovations.length];
            return {
              id: `t${j}`,
              urusan: source?.urusan ?? 'pariwisata',
              indicators: source?.indicators ?? {},
            };
          }),
  }));

describe('priceCandidates against the previous quadratic pricing', () => {
  const same = (edition: TEditionPack, portfolio: TPortfolio) => {
    const input = buildPlanInput(edition, portfolio);
    // Same candidates in the same order, with the same best value after each (and the same set size).
    expect(priceCandidates(edition, portfolio, input)).toEqual(
      priceCandidatesQuadratic(edition, portfolio, input),
    );
  };

  it('gives every candidate the same exact value on random portfolios (sizes 0..80, every regime)', () => {
    fc.assert(
      fc.property(arbConstants, arbPortfolio(80), (constants, portfolio) =>
        same(withConstants(constants), portfolio),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('gives the same values when many innovations tie (few distinct maturities)', () => {
    fc.assert(
      fc.property(arbConstants, arbTiedPortfolio(60), (constants, portfolio) =>
        same(withConstants(constants), portfolio),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('gives the same values with the real IGA 2026 constants (k = 12, 5 of 6 yandas) around k', () => {
    fc.assert(
      fc.property(arbPortfolio(40), (portfolio) => same(IGA_2026, portfolio)),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('priceCandidates with improvingOnly', () => {
  it('leaves out exactly the raises whose value does not beat the current optimum', () => {
    fc.assert(
      fc.property(arbConstants, arbPortfolio(40), (constants, portfolio) => {
        const edition = withConstants(constants);
        const input = buildPlanInput(edition, portfolio);
        const all = priceCandidates(edition, portfolio, input);
        const current = all.find((candidate) => candidate.type === 'FILL_SPD_ROW')?.after;
        if (current === undefined) return;
        const beats = (candidate: PricedCandidate) =>
          candidate.type !== 'RAISE_INDICATOR' || compareSid(candidate.after, current) > 0;
        expect(priceCandidates(edition, portfolio, input, { improvingOnly: true })).toEqual(
          all.filter(beats),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('nextBestActions against the previous quadratic planner', () => {
  it('returns exactly the same actions, figures and order on random portfolios', () => {
    fc.assert(
      fc.property(
        arbConstants,
        fc.oneof(arbPortfolio(50), arbTiedPortfolio(50)),
        fc.integer({ min: 1, max: 400 }),
        (constants, portfolio, limit) => {
          const edition = withConstants(constants);
          expect(nextBestActions(edition, portfolio, { limit })).toEqual(
            nextBestActionsQuadratic(edition, portfolio, { limit }),
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

/** A seeded region-like portfolio: `count` innovations over the given urusan, every indicator answered. */
function seededPortfolio(seed: number, count: number, urusan: readonly string[]): TPortfolio {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const tier = () => Math.min(3, Math.floor(random() * 4.4));
  return {
    edition: 'iga-2026',
    spd: Object.fromEntries(IGA_2026.spd.map((row) => [row.code, tier()])),
    innovations: Array.from({ length: count }, (_, j) => ({
      id: `s${j}`,
      urusan: urusan[Math.floor(random() * urusan.length)] ?? 'pariwisata',
      indicators: Object.fromEntries(IGA_2026.sid.map((indicator) => [indicator.code, tier()])),
    })),
  };
}

describe('nextBestActions against the previous quadratic planner on large regions', () => {
  const all = ['pendidikan', 'kesehatan', 'sosial', 'trantibum-linmas', 'pariwisata', 'pertanian'];
  const withYandas = [...all, 'pekerjaan-umum-penataan-ruang', 'perumahan-kawasan-permukiman'];
  it.each([
    ['six yandas urusan, past the count cap', 400, withYandas],
    ['four yandas urusan (the count score needs an added one)', 600, all],
  ])(
    '%s: the same actions with every limit',
    (_, count, urusan) => {
      const portfolio = seededPortfolio(count, count, urusan);
      expect(nextBestActions(IGA_2026, portfolio, { limit: 9999 })).toEqual(
        nextBestActionsQuadratic(IGA_2026, portfolio, { limit: 9999 }),
      );
    },
    60_000,
  );
});

describe('priceCandidates on a raise that makes a smaller set best', () => {
  it('lets the raised innovation drop a partner it no longer needs', () => {
    // k = 1, no count score. Y (0 points) raised on indicator 35 to tier 3 gets 12: {Y} alone (12) beats
    // {Y, A} ((12 + 8) / 2 = 10) and {A} (8).
    const edition = withConstants({ minDivisor: 1, yandasMin: 0, countCap: 1, countWeightX100: 0 });
    const portfolio: TPortfolio = {
      edition: 'iga-2026',
      spd: {},
      innovations: [
        { id: 'y', urusan: 'pariwisata', indicators: {} },
        { id: 'a', urusan: 'pariwisata', indicators: { '35': 2 } },
      ],
    };
    const input = buildPlanInput(edition, portfolio);
    const raise = priceCandidates(edition, portfolio, input).find(
      (candidate) => candidate.key === 0 && candidate.code === '35' && candidate.to === 3,
    );
    expect(raise?.after).toMatchObject({ n: 1, numerator: 1200, divisor: 1 });
    if (raise)
      expect(compareRational({ num: 1200, den: 100 }, bruteForceAfter(edition, portfolio, raise))).toBe(0);
  });
});

describe('nextBestActions', () => {
  it('ranks by IID gain, only keeps actions that raise the score, and respects the limit', () => {
    fc.assert(
      fc.property(
        arbConstants,
        arbPortfolio(30),
        fc.integer({ min: 1, max: 15 }),
        (constants, portfolio, limit) => {
          const actions = nextBestActions(withConstants(constants), portfolio, { limit });
          expect(actions.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < actions.length; i++) {
            expect(Number(actions[i]?.iidAfter)).toBeLessThanOrEqual(Number(actions[i - 1]?.iidAfter));
          }
          for (const action of actions) {
            expect(action.gainX100).toBeGreaterThanOrEqual(0);
            expect(action.to).toBeGreaterThan(action.from);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('proposes the missing yandas urusan first when the count score is lost, stating the median assumption', () => {
    const urusan = ['pendidikan', 'kesehatan', 'sosial', 'trantibum-linmas'];
    const portfolio: TPortfolio = {
      edition: 'iga-2026',
      spd: { '1': 3 },
      innovations: Array.from({ length: 20 }, (_, j) => ({
        id: `i${j}`,
        urusan: urusan[j % 4] ?? '',
        indicators: { '16': 3, '17': j % 3, '35': 2 },
      })),
    };
    const actions = nextBestActions(IGA_2026, portfolio, { limit: 5 });
    expect(actions[0]?.type).toBe('ADD_YANDAS_INNOVATION');
    expect(['pekerjaan-umum-penataan-ruang', 'perumahan-kawasan-permukiman']).toContain(actions[0]?.urusan);
    // Maturities 17 (x7), 19 (x7), 21 (x6): the lower median is 19.
    expect(actions[0]?.assumedMaturityX100).toBe(1900);
    expect(actions[0]?.description.id).toContain('median');
    expect(actions[0]?.description.en).toContain('median');
  });

  it('offers one step and straight to tier 3, with the target path and the tiers', () => {
    const portfolio: TPortfolio = {
      edition: 'iga-2026',
      spd: { '2a': 2 },
      innovations: [{ id: 'a', name: 'Sapa', urusan: 'kesehatan', indicators: { '35': 1, '16': 3 } }],
    };
    const actions = nextBestActions(IGA_2026, portfolio, { limit: 200 });
    const video = actions.filter((action) => action.target === 'innovations[0].indicators.35');
    expect(video.map((action) => [action.from, action.to])).toEqual([
      [1, 3],
      [1, 2],
    ]);
    expect(video[0]?.description.id).toBe(
      'Naikkan indikator 35 Video inovasi daerah pada inovasi "Sapa" (a) dari tingkat 1 ke 3.',
    );
    expect(actions.some((action) => action.target === 'innovations[0].indicators.16')).toBe(false);
    expect(actions.find((action) => action.target === 'spd.2a')).toMatchObject({
      type: 'FILL_SPD_ROW',
      from: 2,
      to: 3,
      gainX100: 40,
    });
  });

  it('returns nothing when every indicator and SPD row is already at tier 3', () => {
    const all3 = (codes: readonly string[]) => Object.fromEntries(codes.map((code) => [code, 3]));
    const portfolio: TPortfolio = {
      edition: 'iga-2026',
      spd: all3(IGA_2026.spd.map((row) => row.code)),
      innovations: [
        { id: 'a', urusan: 'kesehatan', indicators: all3(IGA_2026.sid.map((indicator) => indicator.code)) },
      ],
    };
    expect(
      nextBestActions(IGA_2026, portfolio, { limit: 10 }).filter((a) => a.type !== 'ADD_YANDAS_INNOVATION'),
    ).toEqual([]);
  });
});
