import { describe, expect, it } from 'vitest';
import { IGA_2024 } from '../editions/iga-2024.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import type { TEditionPack } from '../editions/schema.ts';
import { formatIssueMessage } from '../messages/issue-messages.ts';
import { type CarryOverInput, type CarryOverProfile, decideCarryOver } from './decide-carry-over.ts';

const penerapan = (date: string | null, pengembangan: string | null = null): CarryOverProfile => ({
  tahapan: 'PENERAPAN',
  waktuPenerapan: date,
  waktuPengembangan: pengembangan,
});

/** Carried from the year before the target, taken part once (the source period). */
function input(profile: CarryOverProfile, overrides: Partial<CarryOverInput> = {}): CarryOverInput {
  return {
    sourceYear: 2025,
    targetYear: 2026,
    profile,
    previousSubmissions: 1,
    alreadyInTarget: false,
    ...overrides,
  };
}

const pick = (edition: TEditionPack, i: CarryOverInput) => {
  const d = decideCarryOver(edition, i);
  return [d.verdict, d.code, d.developmentNoteRequired, d.developmentDateRequired];
};

describe('decideCarryOver: the two-year window (IGA 2026, window 2024-01-01 .. 2025-12-31)', () => {
  it.each([
    ['2023-12-31', 'DEVELOPMENT_REQUIRED', 'CARRY.DEVELOPMENT_REQUIRED', true, true],
    ['2024-01-01', 'ELIGIBLE', 'CARRY.IN_WINDOW', false, false],
    ['2024-01-02', 'ELIGIBLE', 'CARRY.IN_WINDOW', false, false],
    ['2025-12-30', 'ELIGIBLE', 'CARRY.IN_WINDOW', false, false],
    ['2025-12-31', 'ELIGIBLE', 'CARRY.IN_WINDOW', false, false],
    ['2026-01-01', 'INELIGIBLE', 'CARRY.PENERAPAN_AFTER_WINDOW', false, false],
  ])('penerapan %s -> %s (%s), note %s, date %s', (date, verdict, code, note, dateNeeded) => {
    expect(pick(IGA_2026, input(penerapan(date)))).toEqual([verdict, code, note, dateNeeded]);
  });

  it.each([
    [null, 'DEVELOPMENT_REQUIRED', 'CARRY.DEVELOPMENT_REQUIRED', true, true],
    ['2023-12-31', 'DEVELOPMENT_REQUIRED', 'CARRY.DEVELOPMENT_REQUIRED', true, true],
    ['2024-01-01', 'ELIGIBLE', 'CARRY.DEVELOPED_IN_WINDOW', true, false],
    ['2025-12-31', 'ELIGIBLE', 'CARRY.DEVELOPED_IN_WINDOW', true, false],
    ['2026-01-01', 'DEVELOPMENT_REQUIRED', 'CARRY.DEVELOPMENT_REQUIRED', true, true],
  ])('applied 2022-05-01, developed %s -> %s (%s)', (pengembangan, verdict, code, note, dateNeeded) => {
    expect(pick(IGA_2026, input(penerapan('2022-05-01', pengembangan)))).toEqual([
      verdict,
      code,
      note,
      dateNeeded,
    ]);
  });

  it('names the dates of the window in its reason', () => {
    const decision = decideCarryOver(IGA_2026, input(penerapan('2021-03-01')));
    expect(decision.params).toEqual({ penerapan: '2021-03-01', from: '2024-01-01', to: '2025-12-31' });
    expect(decision.window).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    expect(formatIssueMessage(decision.code, decision.params, 'id')).toBe(
      'Penerapan 2021-03-01 sudah lebih dari dua tahun (sebelum 2024-01-01): hanya dapat diajukan lagi dengan ' +
        'pengembangan dalam 2024-01-01 s.d. 2025-12-31 dan catatan pengembangan.',
    );
  });
});

describe('decideCarryOver: the window moves with the target year', () => {
  // Target 2027 with the 2026 pack: 2025-01-01 .. 2026-12-31 (generalised two-year rule).
  it.each([
    ['2024-12-31', 'DEVELOPMENT_REQUIRED'],
    ['2025-01-01', 'ELIGIBLE'],
    ['2026-12-31', 'ELIGIBLE'],
    ['2027-01-01', 'INELIGIBLE'],
  ])('target 2027, penerapan %s -> %s', (date, verdict) => {
    const decision = decideCarryOver(
      IGA_2026,
      input(penerapan(date), { sourceYear: 2026, targetYear: 2027 }),
    );
    expect(decision.verdict).toBe(verdict);
    expect(decision.window).toEqual({ from: '2025-01-01', to: '2026-12-31' });
  });

  it('an innovation from 2022 may be reported in 2024, one from 2021 not unless developed [P24]', () => {
    const y2024 = { sourceYear: 2023, targetYear: 2024 };
    expect(decideCarryOver(IGA_2024, input(penerapan('2022-06-01'), y2024)).verdict).toBe('ELIGIBLE');
    expect(decideCarryOver(IGA_2024, input(penerapan('2021-06-01'), y2024)).verdict).toBe(
      'DEVELOPMENT_REQUIRED',
    );
    expect(decideCarryOver(IGA_2024, input(penerapan('2021-06-01', '2023-02-01'), y2024)).verdict).toBe(
      'ELIGIBLE',
    );
  });
});

describe('decideCarryOver: the submission limit (maxSubmissions 2)', () => {
  it.each([
    [0, 'ELIGIBLE', 'CARRY.IN_WINDOW', false],
    [1, 'ELIGIBLE', 'CARRY.IN_WINDOW', false],
    [2, 'DEVELOPMENT_REQUIRED', 'CARRY.SUBMISSION_LIMIT_REACHED', true],
    [3, 'DEVELOPMENT_REQUIRED', 'CARRY.SUBMISSION_LIMIT_REACHED', true],
  ])('after %i earlier submissions -> %s', (previousSubmissions, verdict, code, note) => {
    const decision = decideCarryOver(IGA_2026, input(penerapan('2024-06-01'), { previousSubmissions }));
    expect([decision.verdict, decision.code, decision.developmentNoteRequired]).toEqual([
      verdict,
      code,
      note,
    ]);
  });

  it('a development in the window lifts the limit, with the note', () => {
    const decision = decideCarryOver(
      IGA_2026,
      input(penerapan('2024-06-01', '2025-03-01'), { previousSubmissions: 2 }),
    );
    expect([decision.verdict, decision.code, decision.developmentNoteRequired]).toEqual([
      'ELIGIBLE',
      'CARRY.DEVELOPED_IN_WINDOW',
      true,
    ]);
  });
});

describe('decideCarryOver: periods and stages', () => {
  it.each([
    [2026, 'INELIGIBLE', 'CARRY.TARGET_NOT_LATER'],
    [2025, 'INELIGIBLE', 'CARRY.TARGET_NOT_LATER'],
    [2027, 'ELIGIBLE', 'CARRY.IN_WINDOW'],
  ])('source 2026 -> target %i: %s', (targetYear, verdict, code) => {
    const decision = decideCarryOver(
      IGA_2026,
      input(penerapan('2025-06-01'), { sourceYear: 2026, targetYear }),
    );
    expect([decision.verdict, decision.code]).toEqual([verdict, code]);
  });

  it('refuses a second carry into the same period', () => {
    const decision = decideCarryOver(IGA_2026, input(penerapan('2025-06-01'), { alreadyInTarget: true }));
    expect([decision.verdict, decision.code, decision.params]).toEqual([
      'INELIGIBLE',
      'CARRY.ALREADY_IN_PERIOD',
      { targetYear: 2026 },
    ]);
  });

  it.each(['INISIATIF', 'UJI_COBA'] as const)('does not age-check %s (UNCONFIRMED)', (tahapan) => {
    const decision = decideCarryOver(
      IGA_2026,
      input({ tahapan, waktuUjiCoba: '2019-01-01' } as CarryOverProfile),
    );
    expect([decision.verdict, decision.code, decision.confidence]).toEqual([
      'ELIGIBLE',
      'CARRY.AGE_NOT_CHECKED',
      'UNCONFIRMED',
    ]);
  });

  it('carries an innovation in penerapan without a date, to be completed', () => {
    expect(pick(IGA_2026, input(penerapan(null)))).toEqual([
      'ELIGIBLE',
      'CARRY.PENERAPAN_DATE_MISSING',
      false,
      false,
    ]);
  });

  it('asks for the note on every carry when the Pemda chooses so [C2]', () => {
    const decision = decideCarryOver(IGA_2026, input(penerapan('2025-06-01')), { noteOnEveryCarry: true });
    expect([decision.verdict, decision.developmentNoteRequired, decision.developmentDateRequired]).toEqual([
      'ELIGIBLE',
      true,
      false,
    ]);
    expect(decision.source).toContain('C2');
  });
});

describe('decideCarryOver: provenance of the verdict', () => {
  it.each([
    // In the edition's own year: the window constant (SECONDARY [C1]) with the CONFIRMED two-year rule.
    ['in window, 2026', input(penerapan('2025-01-01')), IGA_2026, 'SECONDARY', ['P24', 'C1']],
    // The 2024 window is itself the BSKDN statement [P24].
    [
      'in window, 2024',
      input(penerapan('2023-01-01'), { sourceYear: 2023, targetYear: 2024 }),
      IGA_2024,
      'CONFIRMED',
      ['P24'],
    ],
    // Moved to another year: the generalisation is UNCONFIRMED.
    [
      'shifted window',
      input(penerapan('2026-01-01'), { sourceYear: 2026, targetYear: 2027 }),
      IGA_2026,
      'UNCONFIRMED',
      ['P24', 'C1'],
    ],
    // Needs a development: the note rests on INOVA-HUB [C2].
    ['development', input(penerapan('2023-01-01', '2025-01-01')), IGA_2026, 'SECONDARY', ['P24', 'C1', 'C2']],
    // The limit for 2026 is UNCONFIRMED [P6][P24].
    [
      'limit',
      input(penerapan('2025-01-01'), { previousSubmissions: 2 }),
      IGA_2026,
      'UNCONFIRMED',
      ['P24', 'C1', 'P6', 'C2'],
    ],
    [
      'same period',
      input(penerapan('2025-01-01'), { alreadyInTarget: true }),
      IGA_2026,
      'CONFIRMED',
      ['Inovda'],
    ],
  ] as const)('%s -> %s from %o', (_label, i, edition, confidence, source) => {
    const decision = decideCarryOver(edition, i);
    expect(decision.confidence).toBe(confidence);
    expect(decision.source).toEqual(source);
  });
});
