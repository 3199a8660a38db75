import { describe, expect, it } from 'vitest';
import { IGA_2026 } from './iga-2026.ts';
import { listUnconfirmed } from './list-unconfirmed.ts';
import { summarizeProvenance } from './provenance-summary.ts';
import type { TEditionPack } from './schema.ts';

describe('summarizeProvenance', () => {
  it('counts every sourced value of IGA 2026 by confidence and lists its sources', () => {
    const summary = summarizeProvenance(IGA_2026);
    // maxSubmissions and the evidence expectations the guide is silent on (as listUnconfirmed says).
    expect(summary.counts.UNCONFIRMED).toBe(listUnconfirmed(IGA_2026).length);
    expect(summary.counts.UNCONFIRMED).toBe(9);
    // pack + 20 SPD rows + 20 SID indicators + 6 bases + 9 constants at least, all SECONDARY or better.
    expect(summary.counts.SECONDARY).toBeGreaterThanOrEqual(1 + 20 + 20 + 6 + 8);
    expect(summary.sources).toEqual(expect.arrayContaining(['C1', 'C2', 'C7']));
    expect([...summary.sources]).toEqual([...summary.sources].sort());
  });

  it('follows a Pemda edit that re-sources one value', () => {
    const pack = JSON.parse(JSON.stringify(IGA_2026)) as TEditionPack;
    const before = summarizeProvenance(pack);
    pack.constants.minDivisor = { value: 14, source: ['Surat BSKDN 2027'], confidence: 'CONFIRMED' };
    const after = summarizeProvenance(pack);
    expect(after.counts.CONFIRMED).toBe(before.counts.CONFIRMED + 1);
    expect(after.counts.SECONDARY).toBe(before.counts.SECONDARY - 1);
    expect(after.sources).toContain('Surat BSKDN 2027');
  });
});
