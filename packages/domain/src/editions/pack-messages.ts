import type { IssueMessage } from '../messages/message-types.ts';

/**
 * The fixed texts of the rule-pack schema in both languages. The schema uses the Indonesian text (`id`) as
 * its zod message, so `validateEditionPack` can give every issue its English twin.
 */
export const PACK_TEXTS = {
  weightWhole: {
    id: 'Bobot disimpan dalam perseratus (bilangan bulat): 0,75 -> 75',
    en: 'Weights are kept in hundredths (whole numbers): 0.75 -> 75',
  },
  weightPositive: { id: 'Bobot harus positif', en: 'The weight must be positive' },
  spdCode: { id: 'Kode baris SPD tidak valid', en: 'Invalid SPD row code' },
  sidCode: { id: 'Kode indikator SID tidak valid', en: 'Invalid SID indicator code' },
  basisCode: { id: 'Kode basis harus satu huruf a..z', en: 'A basis code is one letter a..z' },
  threeOptions: {
    id: 'Harus ada tepat tiga parameter (tingkat 1..3)',
    en: 'There must be exactly three parameters (tiers 1..3)',
  },
  yandasMax: {
    id: 'Urusan wajib pelayanan dasar hanya ada 6',
    en: 'There are only 6 basic-service mandatory affairs (yandas)',
  },
  minDivisor: { id: 'k minimal 1', en: 'k is at least 1' },
  editionCode: {
    id: 'Kode edisi: huruf kecil, angka, tanda hubung',
    en: 'Edition code: lower-case letters, digits, hyphens',
  },
  sourceKeyEmpty: { id: 'Kunci sumber tidak boleh kosong', en: 'A source key cannot be empty' },
  sourceMin: { id: 'Minimal satu sumber', en: 'At least one source' },
  fileKindMin: { id: 'Minimal satu jenis berkas', en: 'At least one file kind' },
  isoDate: {
    id: 'Tanggal harus berformat YYYY-MM-DD dan valid',
    en: 'The date must be a valid YYYY-MM-DD date',
  },
} as const satisfies Record<string, IssueMessage>;

/** Texts of the cross-field checks (`checkEditionPack`), filled with the values they are about. */
export const PACK_CHECK_TEXTS = {
  duplicateTier: (tier: number): IssueMessage => ({
    id: `Tingkat ${tier} muncul lebih dari sekali`,
    en: `Tier ${tier} appears more than once`,
  }),
  duplicateFileKind: (kind: string): IssueMessage => ({
    id: `Jenis berkas ${kind} muncul lebih dari sekali`,
    en: `File kind ${kind} appears more than once`,
  }),
  bandOrder: (tier: 2 | 3, direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'): IssueMessage =>
    direction === 'HIGHER_IS_BETTER'
      ? {
          id: `Batas tingkat ${tier} harus lebih besar dari tingkat ${tier - 1}`,
          en: `The tier ${tier} cut must be greater than the tier ${tier - 1} cut`,
        }
      : {
          id: `Batas tingkat ${tier} harus lebih kecil dari tingkat ${tier - 1}`,
          en: `The tier ${tier} cut must be smaller than the tier ${tier - 1} cut`,
        },
  duplicateCode: (code: string): IssueMessage => ({
    id: `Kode ${code} tidak unik`,
    en: `Code ${code} is not unique`,
  }),
  bandsNeedDerivation: {
    id: 'Pita angka dan cara turunan harus ada bersama',
    en: 'Numeric bands and their derivation must be given together',
  },
  sangatAboveInovatif: {
    id: 'Batas Sangat Inovatif harus di atas batas Inovatif',
    en: 'The Sangat Inovatif bound must be above the Inovatif bound',
  },
  inovatifAboveKurang: {
    id: 'Batas Inovatif harus di atas batas Kurang Inovatif',
    en: 'The Inovatif bound must be above the Kurang Inovatif bound',
  },
  kurangPositive: { id: 'Batas Kurang Inovatif harus > 0', en: 'The Kurang Inovatif bound must be > 0' },
  bandAtMost100: { id: 'Batas tidak boleh di atas 100', en: 'A bound cannot be above 100' },
  windowOrder: {
    id: 'Akhir jendela kelayakan sebelum awalnya',
    en: 'The eligibility window ends before it starts',
  },
  yearOffsetOrder: {
    id: 'Awal rentang tahun bukti harus sebelum atau sama dengan akhirnya',
    en: 'The start of the evidence year range must not be after its end',
  },
  kemanfaatanNeedsBases: {
    id: 'Ekspektasi bukti Kemanfaatan memerlukan basis ukur pada indikator',
    en: 'A Kemanfaatan evidence expectation needs measurement bases on the indicator',
  },
  totalMax: (expected: string): IssueMessage => ({
    id: `Skor total maksimum harus sama dengan SPD + SID + jumlah inovasi maksimum (${expected})`,
    en: `The maximum total score must equal the SPD + SID + innovation-count maxima (${expected})`,
  }),
} as const;

const FIXED_BY_ID = new Map<string, IssueMessage>(Object.values(PACK_TEXTS).map((m) => [m.id, m]));

/** The parts of a zod issue the generic wording needs (zod 4 issue fields). */
export interface PackZodIssueLike {
  readonly code: string;
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly params?: Record<string, unknown>;
}

const TYPE_WORDS: Record<string, IssueMessage> = {
  number: { id: 'Harus berupa angka', en: 'Must be a number' },
  int: { id: 'Harus bilangan bulat', en: 'Must be a whole number' },
  string: { id: 'Harus berupa teks', en: 'Must be text' },
  boolean: { id: 'Harus ya atau tidak', en: 'Must be yes or no' },
  array: { id: 'Harus berupa daftar', en: 'Must be a list' },
  object: { id: 'Bagian ini hilang atau rusak', en: 'This part is missing or damaged' },
};

function bound(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '?';
}

/** Plain wording for zod's own issue codes (a missing field, a number out of range, a wrong choice ...). */
function genericMessage(issue: PackZodIssueLike): IssueMessage {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return { id: 'Wajib diisi', en: 'Required' };
      return TYPE_WORDS[String(issue.expected)] ?? { id: 'Jenis nilai salah', en: 'Wrong kind of value' };
    }
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'string')
        return min === '1'
          ? { id: 'Tidak boleh kosong', en: 'Cannot be empty' }
          : { id: `Minimal ${min} karakter`, en: `At least ${min} characters` };
      if (issue.origin === 'array') return { id: `Minimal ${min} butir`, en: `At least ${min} items` };
      return issue.inclusive === false
        ? { id: `Harus lebih dari ${min}`, en: `Must be more than ${min}` }
        : { id: `Minimal ${min}`, en: `At least ${min}` };
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'string')
        return { id: `Maksimal ${max} karakter`, en: `At most ${max} characters` };
      if (issue.origin === 'array') return { id: `Maksimal ${max} butir`, en: `At most ${max} items` };
      return issue.inclusive === false
        ? { id: `Harus kurang dari ${max}`, en: `Must be less than ${max}` }
        : { id: `Maksimal ${max}`, en: `At most ${max}` };
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String).join(', ');
      return { id: `Pilih salah satu: ${values}`, en: `Choose one of: ${values}` };
    }
    case 'invalid_format':
      return { id: 'Format tidak valid', en: 'Invalid format' };
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).join(', ');
      return { id: `Kolom tidak dikenal: ${keys}`, en: `Unknown fields: ${keys}` };
    }
    default:
      return { id: 'Nilai tidak valid', en: 'Invalid value' };
  }
}

/**
 * The message of one rule-pack issue in Indonesian and English: the schema's own fixed texts and the
 * cross-field checks carry both; zod's generic issues are worded plainly from their details.
 */
export function packIssueMessage(issue: PackZodIssueLike): IssueMessage {
  const fixed = FIXED_BY_ID.get(issue.message);
  if (fixed) return fixed;
  const en = issue.params?.['en'];
  if (issue.code === 'custom' && typeof en === 'string') return { id: issue.message, en };
  return genericMessage(issue);
}
