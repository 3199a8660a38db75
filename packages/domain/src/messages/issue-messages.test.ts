import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/decide-transition.ts';
import { ROLES, SUBMISSION_STATES, WORKFLOW_ACTIONS } from '../workflow/states.ts';
import { ISSUE_MESSAGES, formatIssueMessage } from './issue-messages.ts';
import { describeTransitionError } from './transition-message.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ISSUE_MESSAGES', () => {
  it.each(Object.entries(ISSUE_MESSAGES))(
    '%s has the same placeholders in both languages',
    (_code, message) => {
      expect(message.id.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
      expect(placeholders(message.id)).toEqual(placeholders(message.en));
    },
  );

  it('fills placeholders, joins lists and leaves unknown ones visible', () => {
    const params = { covered: 4, min: 5, missing: ['sosial', 'kesehatan'] };
    expect(formatIssueMessage('REGION.YANDAS_INSUFFICIENT', params)).toBe(
      'Urusan pelayanan dasar tercakup 4 dari minimal 5; belum ada: sosial, kesehatan. Skor jumlah inovasi 0.',
    );
    expect(formatIssueMessage('READINESS.EVIDENCE_MISSING', {}, 'en')).toContain('Indicator {code}');
    expect(formatIssueMessage('NO.SUCH_CODE', {})).toBe('NO.SUCH_CODE');
  });

  it('has a message, with every placeholder filled, for every refused transition', () => {
    for (const from of SUBMISSION_STATES) {
      for (const action of WORKFLOW_ACTIONS) {
        for (const role of ROLES) {
          const result = decideTransition({
            from,
            action,
            role,
            context: { answers: [{ code: '16', verdict: 'PENDING' }] },
          });
          if (result.ok) continue;
          const { code, params } = describeTransitionError(result.error);
          expect(ISSUE_MESSAGES[code]).toBeDefined();
          expect(formatIssueMessage(code, params, 'id')).not.toMatch(/\{\w+\}/);
          expect(formatIssueMessage(code, params, 'en')).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe('formatIssueMessage never shows an internal key', () => {
  it.each([
    ['id', 'Isian Waktu penerapan wajib diisi untuk tahapan Penerapan.'],
    ['en', 'Field Implementation date is required for stage In use.'],
  ] as const)('names the profile field and stage in words (%s)', (language, expected) => {
    const params = { field: 'waktuPenerapan', tahapan: 'PENERAPAN' };
    expect(formatIssueMessage('PROFILE.REQUIRED_FIELD', params, language)).toBe(expected);
  });

  it('names a rancang bangun section and file kinds in words', () => {
    expect(formatIssueMessage('PROFILE.RANCANG_BANGUN_SECTION_EMPTY', { section: 'isuStrategis' })).toBe(
      'Bagian rancang bangun Isu strategis masih kosong.',
    );
    const kinds = { kind: 'MP4', code: '16', allowed: ['PDF', 'JPEG'] };
    expect(formatIssueMessage('READINESS.EVIDENCE_KIND_NOT_ALLOWED', kinds, 'en')).toBe(
      'A MP4 video file is not accepted for indicator 16; accepted kinds: PDF, JPEG photo.',
    );
  });

  it('keeps a value that is not a code (a date in `from`) as it is', () => {
    const params = { date: '01/01/2020', from: '01/01/2021', to: '31/12/2023' };
    expect(formatIssueMessage('PROFILE.OUTSIDE_ELIGIBILITY_WINDOW', params)).toBe(
      'Tanggal 01/01/2020 di luar jendela kelayakan 01/01/2021 s.d. 31/12/2023.',
    );
  });
});
