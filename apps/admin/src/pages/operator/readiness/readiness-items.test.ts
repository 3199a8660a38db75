import { describe, expect, it } from 'vitest';
import { buildChecklist, fillTemplate, type TIssue } from './readiness-items';

const MESSAGES = {
  'READINESS.MANDATORY_NO_EVIDENCE': {
    id: 'Indikator wajib {indicator} belum memiliki bukti dukung.',
    en: 'Mandatory indicator {indicator} has no evidence yet.',
  },
  'PROFILE.RANCANG_BANGUN_TOO_SHORT': {
    id: 'Rancang bangun baru {words} kata; minimal {min} kata.',
    en: 'The design has {words} words; at least {min} are needed.',
  },
  'READINESS.KIND_MISMATCH': { id: 'Jenis berkas harus {kinds}.', en: 'File kind must be {kinds}.' },
};

const issue = (
  code: string,
  path: TIssue['path'],
  severity: TIssue['severity'],
  params: TIssue['params'] = {},
): TIssue => ({
  code,
  path,
  severity,
  params,
});

describe('fillTemplate', () => {
  it('names profile fields and stages in words, never as keys', () => {
    const params = { field: 'waktuPenerapan', tahapan: 'PENERAPAN' };
    expect(fillTemplate('Isian {field} wajib diisi untuk tahapan {tahapan}.', params)).toBe(
      'Isian Waktu penerapan wajib diisi untuk tahapan Penerapan.',
    );
    expect(fillTemplate('Design section {section} is empty.', { section: 'isuStrategis' }, 'en')).toBe(
      'Design section Strategic issue is empty.',
    );
  });

  it('fills numbers, strings and lists, and leaves unknown placeholders visible', () => {
    expect(fillTemplate('{a} dari {b}: {list} {missing}', { a: 120, b: '300', list: ['PDF', 'PNG'] })).toBe(
      '120 dari 300: PDF, PNG {missing}',
    );
  });
});

describe('buildChecklist', () => {
  const unknown = (code: string) => `Masalah lain (${code})`;
  const issues = [
    issue('PROFILE.RANCANG_BANGUN_TOO_SHORT', ['profile', 'rancangBangun'], 'ERROR', {
      words: 120,
      min: 300,
    }),
    issue('READINESS.KIND_MISMATCH', ['indicators', '19'], 'WARNING', { kinds: ['JPEG', 'PNG'] }),
    issue('READINESS.MANDATORY_NO_EVIDENCE', ['indicators', '16'], 'ERROR', { indicator: 16 }),
  ];

  it('puts blocking issues apart from advice and blocks submitting while any is left', () => {
    const list = buildChecklist(issues, MESSAGES, 'id', unknown);
    expect(list.canSubmit).toBe(false);
    expect(list.blocking.map((i) => i.text)).toEqual([
      'Rancang bangun baru 120 kata; minimal 300 kata.',
      'Indikator wajib 16 belum memiliki bukti dukung.',
    ]);
    expect(list.advice.map((i) => i.text)).toEqual(['Jenis berkas harus JPEG, PNG.']);
  });

  it('speaks the UI language', () => {
    const list = buildChecklist(issues, MESSAGES, 'en', unknown);
    expect(list.blocking[1]?.text).toBe('Mandatory indicator 16 has no evidence yet.');
  });

  it('points each item at the indicator card or the profile field to fix', () => {
    const list = buildChecklist(issues, MESSAGES, 'id', unknown);
    expect([list.blocking[0]?.profileField, list.blocking[0]?.indicatorCode]).toEqual([
      'rancangBangun',
      undefined,
    ]);
    expect([list.blocking[1]?.indicatorCode, list.blocking[1]?.profileField]).toEqual(['16', undefined]);
  });

  it('allows submitting with warnings only, and with nothing left', () => {
    expect(buildChecklist([issues[1] as TIssue], MESSAGES, 'id', unknown).canSubmit).toBe(true);
    expect(buildChecklist([], MESSAGES, 'id', unknown)).toEqual({
      blocking: [],
      advice: [],
      canSubmit: true,
    });
  });

  it('still says something for a code without a message, and keys stay unique', () => {
    const list = buildChecklist(
      [issue('NEW.CODE', [], 'ERROR'), issue('NEW.CODE', [], 'ERROR')],
      MESSAGES,
      'id',
      unknown,
    );
    expect(list.blocking.map((i) => i.text)).toEqual(['Masalah lain (NEW.CODE)', 'Masalah lain (NEW.CODE)']);
    expect(new Set(list.blocking.map((i) => i.key)).size).toBe(2);
  });
});
