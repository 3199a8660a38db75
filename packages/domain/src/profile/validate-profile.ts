import type { TEditionPack } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { countWords } from './count-words.ts';
import { checkEligibility } from './check-eligibility.ts';
import type { TInnovationProfileDraft, TRancangBangun } from './profile-schema.ts';

/** Options of `validateProfile`. */
export interface ProfileValidationOptions {
  /** The IID assessment year (2026 for IGA 2026); picks the eligibility window. */
  readonly assessmentYear: number;
  /** How many earlier assessment years this innovation was already submitted in, if known. */
  readonly previousSubmissions?: number;
}

const SECTIONS: readonly (keyof TRancangBangun)[] = [
  'dasarHukum',
  'permasalahan',
  'isuStrategis',
  'metodePembaharuan',
  'keunggulan',
  'tahapanCaraKerja',
];

type Field = keyof TInnovationProfileDraft;
const ALWAYS: readonly Field[] = [
  'name',
  'unitId',
  'tahapan',
  'inisiator',
  'jenis',
  'bentuk',
  'urusan',
  'tujuan',
];
const BY_STAGE: Readonly<Record<string, readonly Field[]>> = {
  INISIATIF: [],
  UJI_COBA: ['waktuUjiCoba'],
  PENERAPAN: ['waktuPenerapan', 'manfaat', 'hasil'],
};

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function checkRequired(profile: TInnovationProfileDraft): ValidationIssue[] {
  const fields = [...ALWAYS, ...(profile.tahapan ? (BY_STAGE[profile.tahapan] ?? []) : [])];
  return fields
    .filter((field) => isBlank(profile[field]))
    .map((field) =>
      createIssue('PROFILE.REQUIRED_FIELD', [field], 'ERROR', { field, tahapan: profile.tahapan ?? '-' }),
    );
}

function checkRancangBangun(edition: TEditionPack, profile: TInnovationProfileDraft): ValidationIssue[] {
  const sections = profile.rancangBangun ?? {};
  const issues = SECTIONS.filter((key) => isBlank(sections[key])).map((section) =>
    createIssue('PROFILE.RANCANG_BANGUN_SECTION_EMPTY', ['rancangBangun', section], 'WARNING', { section }),
  );
  const words = SECTIONS.reduce((sum, key) => sum + countWords(sections[key] ?? ''), 0);
  const min = edition.constants.rancangBangunMinWords.value;
  if (words < min)
    issues.push(createIssue('PROFILE.RANCANG_BANGUN_TOO_SHORT', ['rancangBangun'], 'ERROR', { words, min }));
  return issues;
}

function checkDateOrder(profile: TInnovationProfileDraft): ValidationIssue[] {
  const { waktuUjiCoba: ujiCoba, waktuPenerapan: penerapan, waktuPengembangan: pengembangan } = profile;
  const issues: ValidationIssue[] = [];
  if (ujiCoba && penerapan && ujiCoba > penerapan) {
    issues.push(createIssue('PROFILE.DATE_ORDER', ['waktuUjiCoba'], 'ERROR', { ujiCoba, penerapan }));
  }
  if (pengembangan && penerapan && pengembangan < penerapan) {
    issues.push(
      createIssue('PROFILE.DEVELOPMENT_BEFORE_PENERAPAN', ['waktuPengembangan'], 'ERROR', {
        pengembangan,
        penerapan,
      }),
    );
  }
  return issues;
}

/**
 * Checks a profile (draft or complete) against the edition's rules (reference §5.2): fields required for every
 * stage and per stage (`PROFILE.REQUIRED_FIELD`: UJI_COBA needs waktuUjiCoba; PENERAPAN needs waktuPenerapan,
 * manfaat, hasil), rancang bangun >= the edition's word minimum over its six sections
 * (`PROFILE.RANCANG_BANGUN_TOO_SHORT`, params words/min; empty sections warn), uji coba not after penerapan
 * (`PROFILE.DATE_ORDER`), and eligibility for innovations in penerapan (see `checkEligibility`). Returns
 * issues; never throws.
 */
export function validateProfile(
  edition: TEditionPack,
  profile: TInnovationProfileDraft,
  options: ProfileValidationOptions,
): ValidationIssue[] {
  return [
    ...checkRequired(profile),
    ...checkRancangBangun(edition, profile),
    ...checkDateOrder(profile),
    ...checkEligibility(edition, profile, options),
  ];
}
