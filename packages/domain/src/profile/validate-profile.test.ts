import { describe, expect, it } from 'vitest';
import { IGA_2024 } from '../editions/iga-2024.ts';
import { IGA_2026 } from '../editions/iga-2026.ts';
import { ISSUE_MESSAGES } from '../messages/issue-messages.ts';
import { countWords } from './count-words.ts';
import { ZInnovationProfile, ZInnovationProfileDraft } from './profile-schema.ts';
import { rancangBangunOf, validProfile } from './test-support.ts';
import { validateProfile } from './validate-profile.ts';

const Y2026 = { assessmentYear: 2026 };
const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['satu dua  tiga', 3],
    ['masing-masing inovasi', 2],
    ["Jum'at pagi", 2],
    ['<p>Dasar hukum:&nbsp;Perda 1/2022</p>', 5],
    ['Perda No. 1 Tahun 2022, Pasal 3.', 7],
    ['Ünïcödé façade naïve', 3],
    ['数字 政府', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('rancang bangun minimum (300 words over the six sections)', () => {
  it.each([
    [299, ['PROFILE.RANCANG_BANGUN_TOO_SHORT']],
    [300, []],
    [301, []],
  ])('%i words -> %o', (words, expected) => {
    const issues = validateProfile(IGA_2026, validProfile({ rancangBangun: rancangBangunOf(words) }), Y2026);
    expect(codes(issues)).toEqual(expected);
    if (expected.length > 0) expect(issues[0]?.params).toEqual({ words, min: 300 });
  });

  it('warns about each empty section', () => {
    const rancangBangun = { ...rancangBangunOf(300), isuStrategis: '', keunggulan: ' ' };
    const issues = validateProfile(IGA_2026, validProfile({ rancangBangun }), Y2026);
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['PROFILE.RANCANG_BANGUN_SECTION_EMPTY', 'WARNING', 'rancangBangun.isuStrategis'],
      ['PROFILE.RANCANG_BANGUN_SECTION_EMPTY', 'WARNING', 'rancangBangun.keunggulan'],
      ['PROFILE.RANCANG_BANGUN_TOO_SHORT', 'ERROR', 'rancangBangun'],
    ]);
  });
});

describe('eligibility window (IGA 2026: 2024-01-01..2025-12-31)', () => {
  it.each([
    ['2023-12-31', null, ['PROFILE.DEVELOPMENT_DATE_REQUIRED']],
    ['2024-01-01', null, []],
    ['2024-01-02', null, []],
    ['2025-12-30', null, []],
    ['2025-12-31', null, []],
    ['2026-01-01', null, ['PROFILE.OUTSIDE_ELIGIBILITY_WINDOW']],
    ['2021-05-01', '2023-12-31', ['PROFILE.OUTSIDE_ELIGIBILITY_WINDOW']],
    ['2021-05-01', '2024-01-01', []],
    ['2021-05-01', '2025-12-31', []],
    ['2021-05-01', '2026-01-01', ['PROFILE.OUTSIDE_ELIGIBILITY_WINDOW']],
  ])('penerapan %s, pengembangan %s -> %o', (penerapan, pengembangan, expected) => {
    const profile = validProfile({
      waktuUjiCoba: null,
      waktuPenerapan: penerapan,
      waktuPengembangan: pengembangan,
    });
    expect(codes(validateProfile(IGA_2026, profile, Y2026))).toEqual(expected);
  });

  it('moves the window with the assessment year (generalised two-year rule)', () => {
    const profile = validProfile({ waktuUjiCoba: null, waktuPenerapan: '2025-03-01' });
    expect(codes(validateProfile(IGA_2026, profile, { assessmentYear: 2027 }))).toEqual([]);
    expect(codes(validateProfile(IGA_2026, profile, { assessmentYear: 2028 }))).toEqual([
      'PROFILE.DEVELOPMENT_DATE_REQUIRED',
    ]);
    expect(
      codes(
        validateProfile(IGA_2024, validProfile({ waktuUjiCoba: null, waktuPenerapan: '2022-01-01' }), {
          assessmentYear: 2024,
        }),
      ),
    ).toEqual([]);
  });

  it('does not check innovations that are not yet in penerapan', () => {
    const profile = validProfile({ tahapan: 'UJI_COBA', waktuUjiCoba: '2020-01-01', waktuPenerapan: null });
    expect(codes(validateProfile(IGA_2026, profile, Y2026))).toEqual([]);
  });

  it.each([
    [1, null, []],
    [2, null, ['PROFILE.SUBMISSION_LIMIT_REACHED']],
    [2, '2025-02-01', []],
  ])('after %i earlier submissions (development %s) -> %o', (previousSubmissions, pengembangan, expected) => {
    const profile = validProfile({ waktuPengembangan: pengembangan });
    expect(codes(validateProfile(IGA_2026, profile, { assessmentYear: 2026, previousSubmissions }))).toEqual(
      expected,
    );
  });
});

describe('dates and required fields', () => {
  it.each([
    ['2024-02-29', '2024-03-01', []],
    ['2024-03-01', '2024-03-01', []],
    ['2024-03-02', '2024-03-01', ['PROFILE.DATE_ORDER']],
  ])('uji coba %s, penerapan %s -> %o', (ujiCoba, penerapan, expected) => {
    const profile = validProfile({ waktuUjiCoba: ujiCoba, waktuPenerapan: penerapan });
    expect(codes(validateProfile(IGA_2026, profile, Y2026))).toEqual(expected);
  });

  it('refuses a development date before penerapan', () => {
    const profile = validProfile({ waktuPengembangan: '2024-02-01' });
    expect(codes(validateProfile(IGA_2026, profile, Y2026))).toEqual([
      'PROFILE.DEVELOPMENT_BEFORE_PENERAPAN',
    ]);
  });

  it.each([
    ['INISIATIF', []],
    ['UJI_COBA', ['waktuUjiCoba']],
    ['PENERAPAN', ['waktuPenerapan', 'manfaat', 'hasil']],
  ] as const)('stage %s requires %o besides the common fields', (tahapan, fields) => {
    const profile = validProfile({
      tahapan,
      waktuUjiCoba: null,
      waktuPenerapan: null,
      manfaat: '',
      hasil: ' ',
    });
    const required = validateProfile(IGA_2026, profile, Y2026).filter(
      (i) => i.code === 'PROFILE.REQUIRED_FIELD',
    );
    expect(required.map((i) => i.params.field)).toEqual(fields);
  });

  it('lists every missing common field of an empty draft, with messages for every code', () => {
    const issues = validateProfile(IGA_2026, {}, Y2026);
    const fields = issues.filter((i) => i.code === 'PROFILE.REQUIRED_FIELD').map((i) => i.params.field);
    expect(fields).toEqual(['name', 'unitId', 'tahapan', 'inisiator', 'jenis', 'bentuk', 'urusan', 'tujuan']);
    for (const issue of issues) expect(ISSUE_MESSAGES[issue.code]).toBeDefined();
  });
});

describe('profile schemas', () => {
  it('accepts the complete profile and a partial draft', () => {
    expect(ZInnovationProfile.safeParse(validProfile()).success).toBe(true);
    expect(
      ZInnovationProfileDraft.safeParse({ name: 'X', rancangBangun: { tujuan: undefined } }).success,
    ).toBe(true);
  });

  it.each([
    [{ urusan: 'Kesehatan' }, 'urusan', 'Urusan tidak dikenal'],
    [{ urusanLain: ['sosial', 'sosial'] }, 'urusanLain', 'Urusan lain tidak boleh berulang'],
    [{ waktuPenerapan: '2025-02-30' }, 'waktuPenerapan', 'Tanggal harus berformat YYYY-MM-DD dan valid'],
    [{ name: '  ' }, 'name', 'Nama inovasi wajib diisi'],
    [{ anggaran: { jumlah: 1.5, sumber: 'APBD' } }, 'anggaran.jumlah', 'Jumlah anggaran dalam rupiah bulat'],
    [{ koordinat: { lat: 91, lng: 0 } }, 'koordinat.lat', 'Lintang -90..90'],
    [{ tahapan: 'SELESAI' }, 'tahapan', 'Tahapan tidak valid'],
  ])('rejects %o at %s with an Indonesian message', (override, path, message) => {
    const result = ZInnovationProfile.safeParse({ ...validProfile(), ...override });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toBe(message);
  });
});

describe('urusan messages', () => {
  const messagesOf = (urusan: string) => {
    const parsed = ZInnovationProfile.safeParse(validProfile({ urusan }));
    return parsed.success
      ? []
      : parsed.error.issues.filter((i) => i.path[0] === 'urusan').map((i) => i.message);
  };
  it.each(['', '   '])('an empty choice (%j) says it must be chosen, not that it is unknown', (urusan) => {
    expect(messagesOf(urusan)).toEqual(['Urusan wajib dipilih']);
  });
  it('an unknown slug says it is unknown', () => {
    expect(messagesOf('bukan-urusan')).toEqual(['Urusan tidak dikenal']);
  });
  it('a known slug passes', () => {
    expect(messagesOf('kesehatan')).toEqual([]);
  });
});
