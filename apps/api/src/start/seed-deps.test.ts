import { DEMO_EDITION, DEMO_SPD_ANSWERS } from '@inovda/db/seed';
import { getEdition, scoreSpd } from '@inovda/domain';
import { describe, expect, it } from 'vitest';
import { spdTierForSeed } from './seed-deps.ts';

// The tiers the demo's figures reach under the 2026 bands, worked out by hand from iid-rules.md §4.1.
const EXPECTED_NUMERIC_TIERS: Record<string, number> = {
  '2b': 3, // 4 components: "lebih dari 3"
  '3': 3, // (2012 - 1840) / 1840 = +9.35 % >= 8.17 %
  '4': 2, // +4.88 % in 2.05 .. 5.23 %
  '5a': 2, // 4.17 - 3.88 = 0.29 in 0.01 .. 0.36
  '5b': 2, // 3.88 % in 2.34 .. 5.92
  '6': 2, // +13.60 % in -47.43 .. 94.75 %
  '7': 2, // +7.21 % in -5.15 .. 33.84 %
  '10a': 2, // 9.93 - 9.65 = 0.28 in 0.08 .. 1.15
  '10b': 2, // 9.65 % in 4.81 .. 13.11
  '11a': 2, // 74.10 - 73.42 = 0.68 in 0.56 .. 0.90
  '11b': 2, // 74.10 in 70.00 .. 79.99
  '13a': 2, // 5 recommendations: 4-7
};

describe('spdTierForSeed (the demo SPD through the domain rule)', () => {
  it('derives the hand-checked tier of every numeric demo row', () => {
    const numeric = DEMO_SPD_ANSWERS.filter((a) => 'raw' in a);
    expect(numeric.map((a) => a.code).sort()).toEqual(Object.keys(EXPECTED_NUMERIC_TIERS).sort());
    for (const answer of numeric) {
      if (!('raw' in answer)) continue;
      expect([answer.code, spdTierForSeed(DEMO_EDITION, answer.code, answer.raw)]).toEqual([
        answer.code,
        EXPECTED_NUMERIC_TIERS[answer.code],
      ]);
    }
  });

  it('gives the demo an SPD of 46.50 of 63', () => {
    const tiers = Object.fromEntries(
      DEMO_SPD_ANSWERS.map((a) => [
        a.code,
        'raw' in a ? spdTierForSeed(DEMO_EDITION, a.code, a.raw) : a.tier,
      ]),
    );
    expect(scoreSpd(getEdition(DEMO_EDITION)!, tiers).spdX100).toBe(4650);
  });

  it('refuses figures that do not fit the row, naming the row and the rule', () => {
    expect(() => spdTierForSeed(DEMO_EDITION, '3', { t1: '10', t2: '0' })).toThrow(
      'demo seed: SPD row 3: SPD.DIVISION_BY_ZERO',
    );
    expect(() => spdTierForSeed(DEMO_EDITION, '8', { value: '1' })).toThrow('SPD.NOT_NUMERIC');
    expect(() => spdTierForSeed('iga-1999', '3', { value: '1' })).toThrow('unknown edition iga-1999');
  });
});
