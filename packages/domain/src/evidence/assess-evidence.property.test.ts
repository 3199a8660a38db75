import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { assessEvidence } from './assess-evidence.ts';
import * as D from './test-documents.ts';

// A pool of right, weak and wrong documents for each assessed indicator; sets are drawn from it.
const POOLS: Record<string, () => ReturnType<typeof D.perbup>[]> = {
  '16': () => [
    D.perda(),
    D.perbup(),
    D.perbup({ names: false }),
    D.skBupati(),
    D.skBupati({ year: 2023 }),
    D.skKadinAn({ onBehalf: false }),
    D.dpa(2025),
    D.unreadable(),
  ],
  '17': () => [
    D.team('SK', 5),
    D.team('ST', 15),
    D.team('SK', 40, { year: 2020 }),
    D.team('ST', 33, { names: false }),
    D.perbup(),
  ],
  '18': () => [D.dpa(2024), D.dpa(2025), D.dpa(2026), D.dpa(2025, { names: false }), D.rkpd(2025)],
  '20': () => [...D.bimtek(3), D.eventDocs('UNDANGAN', '9 Maret 2019'), D.unreadable()],
  '21': () => [D.rkpd(2024), D.rkpd(2025), D.rkpd(2026), D.rkpd(2023), D.dpa(2025)],
  '24': () => [D.jejaring(2), D.jejaring(4), D.jejaring(6), D.jejaring(5, { names: false })],
  '28': () => [D.sop('7 hari'), D.sop('3 hari'), D.sop('1 hari', { names: false })],
  '31': () => [...D.regions(['Rembang', 'Kudus', 'Blora', 'Pati']), D.replication('Demak', { names: false })],
};

const CODES = Object.keys(POOLS);

describe('assessEvidence invariants', () => {
  it('more documents never lower the supported tier', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.array(fc.nat(20), { maxLength: 6 }),
        fc.nat(20),
        fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3),
        (code, picks, extra, claimed) => {
          const pool = POOLS[code]?.() ?? [];
          const set = picks.map((i) => pool[i % pool.length]).filter((d) => d !== undefined);
          const added = pool[extra % pool.length];
          if (!added) return;
          const before = assessEvidence(IGA_2026, code, claimed, D.INNOVATION, set).supportedTier ?? 0;
          const after =
            assessEvidence(IGA_2026, code, claimed, D.INNOVATION, [...set, added]).supportedTier ?? 0;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a better document (naming the innovation, a higher kind) never lowers the tier', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(2022, 2023, 2024, 2025), (names, year) => {
        const weak =
          assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.perbup({ names, year })]).supportedTier ?? 0;
        const better =
          assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [D.perbup({ names: true, year })]).supportedTier ??
          0;
        const higher =
          assessEvidence(IGA_2026, '16', 3, D.INNOVATION, [
            D.perda({ year }),
            D.perbup({ names: true, year }),
          ]).supportedTier ?? 0;
        expect(better).toBeGreaterThanOrEqual(weak);
        expect(higher).toBeGreaterThanOrEqual(better);
      }),
    );
  });

  it('the supported tier does not depend on the claim', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.array(fc.nat(20), { maxLength: 5 }), (code, picks) => {
        const pool = POOLS[code]?.() ?? [];
        const set = picks.map((i) => pool[i % pool.length]).filter((d) => d !== undefined);
        const tiers = ([0, 1, 2, 3] as const).map(
          (c) => assessEvidence(IGA_2026, code, c, D.INNOVATION, set).supportedTier,
        );
        expect(new Set(tiers).size).toBe(1);
      }),
      { numRuns: 80 },
    );
  });

  it('unreadable documents alone give null', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.integer({ min: 1, max: 4 }), (code, n) => {
        const docs = Array.from({ length: n }, (_, i) => D.unreadable(`scan-${i}.pdf`));
        expect(assessEvidence(IGA_2026, code, 3, D.INNOVATION, docs).supportedTier).toBeNull();
      }),
    );
  });
});
