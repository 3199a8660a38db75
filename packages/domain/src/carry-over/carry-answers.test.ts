import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { ISSUE_MESSAGES } from '../messages/issue-messages.ts';
import { type SourceAnswer, carryAnswers } from './carry-answers.ts';

function answer(code: string, overrides: Partial<SourceAnswer> = {}): SourceAnswer {
  return { code, claimedTier: 2, basis: null, rawValue: null, links: [], evidence: [], ...overrides };
}

describe('carryAnswers', () => {
  it('copies the claim, resets the verdict and links the same files again', () => {
    const { answers, notes } = carryAnswers(IGA_2026, [
      answer('16', { claimedTier: 3, evidence: [{ id: 'f1', kind: 'application/pdf' }] }),
      answer('35', { evidence: [{ id: 'v1', kind: 'MP4' }], links: ['https://youtu.be/x'] }),
    ]);
    expect(notes).toEqual([]);
    expect(answers).toEqual([
      {
        code: '16',
        claimedTier: 3,
        basis: null,
        rawValue: null,
        links: [],
        evidenceIds: ['f1'],
        verdict: 'PENDING',
        verifiedTier: null,
        verifierNote: null,
      },
      {
        code: '35',
        claimedTier: 2,
        basis: null,
        rawValue: null,
        links: ['https://youtu.be/x'],
        evidenceIds: ['v1'],
        verdict: 'PENDING',
        verifiedTier: null,
        verifierNote: null,
      },
    ]);
  });

  it('leaves behind what the target edition does not take, with a note each', () => {
    const custom: TEditionPack = structuredClone(IGA_2026);
    custom.sid = custom.sid.filter((row) => row.code !== '34');
    const { answers, notes } = carryAnswers(custom, [
      answer('34'),
      answer('16', { claimedTier: 7 }),
      answer('17', {
        links: ['https://example.org'],
        evidence: [
          { id: 'p', kind: 'png' },
          { id: 'd', kind: 'pdf' },
        ],
      }),
    ]);
    expect(notes.map((n) => [n.code, n.params])).toEqual([
      ['CARRY.ANSWER_INDICATOR_UNKNOWN', { code: '34' }],
      ['CARRY.ANSWER_TIER_INVALID', { code: '16', tier: '7' }],
      ['CARRY.LINKS_NOT_ALLOWED', { code: '17' }],
      ['CARRY.EVIDENCE_KIND_NOT_ALLOWED', { code: '17', kind: 'PNG' }],
    ]);
    expect(answers.map((a) => [a.code, a.links, a.evidenceIds])).toEqual([['17', [], ['d']]]);
    expect(notes.every((n) => n.severity === 'WARNING' && ISSUE_MESSAGES[n.code])).toBe(true);
  });

  it.each([
    // 150 persons: tier 2 under the 2024 bands, tier 1 under 2026 (basis a).
    ['150', 2, 1, ['CARRY.TIER_REDERIVED']],
    ['150', 1, 1, []],
    ['tiga ratus', 2, 2, ['CARRY.RAW_VALUE_INVALID']],
  ])('indicator 33 figure %s claimed %i -> tier %i', (rawValue, claimedTier, tier, expected) => {
    const { answers, notes } = carryAnswers(IGA_2026, [answer('33', { basis: 'a', rawValue, claimedTier })]);
    expect(answers[0]?.claimedTier).toBe(tier);
    expect(notes.map((n) => n.code)).toEqual(expected);
  });

  it('clears a basis the target edition does not know', () => {
    const custom: TEditionPack = structuredClone(IGA_2026);
    const kemanfaatan = custom.sid.find((row) => row.code === '33');
    if (kemanfaatan?.bases) kemanfaatan.bases = kemanfaatan.bases.filter((b) => b.code !== 'f');
    const { answers, notes } = carryAnswers(custom, [
      answer('33', { basis: 'f', rawValue: '12', evidence: [{ id: 'x', kind: 'PDF' }] }),
    ]);
    expect(answers[0]).toMatchObject({ basis: null, rawValue: null, claimedTier: 0, evidenceIds: ['x'] });
    expect(notes.map((n) => n.code)).toEqual(['CARRY.ANSWER_BASIS_UNKNOWN']);
  });

  it('drops empty answers and a repeated code', () => {
    const { answers } = carryAnswers(IGA_2026, [
      answer('18', { claimedTier: 0 }),
      answer('19'),
      answer('19', { claimedTier: 3 }),
    ]);
    expect(answers.map((a) => [a.code, a.claimedTier])).toEqual([['19', 2]]);
  });
});
