import { describe, expect, it } from 'vitest';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { validProfile } from '../profile/test-support.ts';
import { checkInnovationReadiness } from '../readiness/innovation-readiness.ts';
import { checkDevelopmentNote } from './check-development-note.ts';
import { isDevelopmentNoteRequired } from './decide-carry-over.ts';

const Y2026 = { assessmentYear: 2026 };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('isDevelopmentNoteRequired', () => {
  it.each([
    // [penerapan, pengembangan, earlier submissions, required]
    ['2023-12-31', '2025-01-01', 1, true],
    ['2024-01-01', null, 1, false],
    ['2025-12-31', null, 1, false],
    ['2024-06-01', null, 2, true],
    ['2024-06-01', null, 1, false],
    // A first submission is not a re-submission: the profile's own eligibility check applies instead.
    ['2023-12-31', '2025-01-01', 0, false],
  ])(
    'penerapan %s, development %s, %i earlier -> %s',
    (penerapan, pengembangan, previousSubmissions, required) => {
      const profile = validProfile({ waktuPenerapan: penerapan, waktuPengembangan: pengembangan });
      expect(isDevelopmentNoteRequired(IGA_2026, { profile, previousSubmissions }, Y2026)).toBe(required);
    },
  );
});

describe('checkDevelopmentNote', () => {
  const old = validProfile({ waktuPenerapan: '2022-03-01', waktuPengembangan: '2025-02-01' });
  it.each([
    [null, ['CARRY.DEVELOPMENT_NOTE_REQUIRED']],
    ['', ['CARRY.DEVELOPMENT_NOTE_REQUIRED']],
    ['   \n ', ['CARRY.DEVELOPMENT_NOTE_REQUIRED']],
    ['Layanan diperluas ke 21 puskesmas.', []],
  ])('note %j -> %o', (developmentNote, expected) => {
    const issues = checkDevelopmentNote(
      IGA_2026,
      { profile: old, previousSubmissions: 1, developmentNote },
      Y2026,
    );
    expect(codes(issues)).toEqual(expected);
    if (expected.length > 0) {
      expect(issues[0]).toMatchObject({
        path: ['developmentNote'],
        severity: 'ERROR',
        params: { from: '2024-01-01', to: '2025-12-31' },
      });
    }
  });
});

describe('readiness with the development note', () => {
  const profile = validProfile({ waktuPenerapan: '2022-03-01', waktuPengembangan: '2025-02-01' });
  const options = { assessmentYear: 2026, previousSubmissions: 1 };

  it('blocks a re-submission without its note and passes with it', () => {
    const without = checkInnovationReadiness(
      IGA_2026,
      { profile, answers: [], developmentNote: null },
      options,
    );
    expect(codes(without.issues)).toContain('CARRY.DEVELOPMENT_NOTE_REQUIRED');
    const withNote = checkInnovationReadiness(
      IGA_2026,
      { profile, answers: [], developmentNote: 'Cakupan diperluas.' },
      options,
    );
    expect(codes(withNote.issues)).not.toContain('CARRY.DEVELOPMENT_NOTE_REQUIRED');
  });

  it('does not look for a note when the caller does not pass one', () => {
    const report = checkInnovationReadiness(IGA_2026, { profile, answers: [] }, options);
    expect(codes(report.issues)).not.toContain('CARRY.DEVELOPMENT_NOTE_REQUIRED');
  });
});
