// The row-by-row report of an import: per row its errors (which block the whole import) and warnings (which
// do not), each with the column and a message in Indonesian and English. Messages come from three places,
// so a row hears the same words as the form: zod issues of the procedures' own schemas, AppErrors of the
// procedures' own checks (errors.ts), and the import's own row codes below.
import { formatIssueMessage, type ValidationIssue } from '@inovda/domain';
import { z } from 'zod';
import type { AuditInput } from '../audit.ts';
import { AppError, type ErrorParams, renderMessage } from '../errors.ts';

export interface ImportIssue {
  /** Column key (see columns.ts), or null for the row as a whole. */
  column: string | null;
  code: string;
  id: string;
  en: string;
}

/** Where a commit writes: the region, the audit fields, and the import file the rows came from. */
export interface ImportTarget {
  regionId: string;
  audit: Pick<AuditInput, 'actor' | 'requestId'>;
  importFileId: string;
}

/**
 * What an import does with rows whose natural key already exists (units: the short code in the region; users:
 * the e-mail; innovations: the name in the unit and period). CREATE_ONLY refuses them as duplicates (the
 * behaviour before update-or-create); UPSERT updates them (the default).
 */
export type ImportMode = 'CREATE_ONLY' | 'UPSERT';
export const IMPORT_MODES = ['CREATE_ONLY', 'UPSERT'] as const satisfies readonly ImportMode[];

/** What a row does: a new record, a change to an existing one, or nothing (it already matches). */
export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** One changed field of an UPDATE row, as the preview shows it: "old -> new" in display text. */
export interface FieldChange {
  column: string;
  from: string;
  to: string;
}

/** Who checks the rows, where, and in which mode. */
export interface ImportCheck {
  regionId: string;
  actorId: string;
  mode: ImportMode;
}

/** The record a row matched by its natural key, at the version the check read. */
export interface RowMatch {
  entityId: string;
  version: number;
}

export interface RowOutcome<T> {
  row: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** What the row will do; null while its key cannot be read (e.g. a missing code). */
  action: RowAction | null;
  /** The existing record of an UPDATE / UNCHANGED row. */
  match: RowMatch | null;
  changes: FieldChange[];
  /** What to write; set only when the row has no errors. */
  value?: T;
}

/** Shown for an empty value in a change ("— -> Dinas Baru"). */
export const EMPTY_DISPLAY = '—';

const ROW_MESSAGES: Readonly<Record<string, { id: string; en: string }>> = {
  'IMPORT.REQUIRED': { id: 'Wajib diisi.', en: 'Required.' },
  'IMPORT.UNKNOWN_VALUE': {
    id: 'Nilai "{value}" tidak dikenal. Pilih salah satu: {options}.',
    en: 'Unknown value "{value}". Choose one of: {options}.',
  },
  'IMPORT.INVALID_DATE': {
    id: '"{value}" bukan tanggal. Tulis seperti 2025-03-31 atau 31/03/2025.',
    en: '"{value}" is not a date. Write it like 2025-03-31 or 31/03/2025.',
  },
  'IMPORT.INVALID_NUMBER': {
    id: '"{value}" bukan angka yang valid.',
    en: '"{value}" is not a valid number.',
  },
  'IMPORT.UNKNOWN_URUSAN': {
    id: 'Urusan "{value}" tidak dikenal. Pakai nama atau kode dari lembar Daftar.',
    en: 'Unknown urusan "{value}". Use a name or code from the Daftar sheet.',
  },
  'IMPORT.UNKNOWN_UNIT': {
    id: 'Unit dengan kode "{value}" tidak ada di daerah ini.',
    en: 'There is no unit with code "{value}" in this region.',
  },
  'IMPORT.UNKNOWN_PARENT': {
    id: 'Unit induk "{value}" tidak ada di daerah ini maupun di berkas ini.',
    en: 'Parent unit "{value}" exists neither in this region nor in this file.',
  },
  'IMPORT.PARENT_CYCLE': {
    id: 'Unit induk membentuk lingkaran (unit menjadi induk bagi dirinya sendiri).',
    en: 'The parent units form a loop (a unit would be its own ancestor).',
  },
  'IMPORT.PARENT_EXPECTED': {
    id: 'Unit {kind} biasanya berada di bawah sebuah OPD; isi kode induk bila ada.',
    en: 'A {kind} unit usually sits under an OPD; fill in the parent code if it has one.',
  },
  'IMPORT.SHORT_TAKEN': {
    id: 'Kode "{value}" sudah dipakai unit "{name}".',
    en: 'Code "{value}" is already used by unit "{name}".',
  },
  'IMPORT.DUPLICATE_IN_FILE': {
    id: '"{value}" sudah ada di baris {firstRow} berkas ini.',
    en: '"{value}" already appears in row {firstRow} of this file.',
  },
  'IMPORT.UNKNOWN_PERIOD': {
    id: 'Tidak ada periode tahun {value} di daerah ini.',
    en: 'There is no {value} period in this region.',
  },
  'IMPORT.DUPLICATE_INNOVATION': {
    id: 'Inovasi "{value}" sudah terdaftar untuk unit ini pada periode {year}.',
    en: 'Innovation "{value}" is already registered for this unit in the {year} period.',
  },
  'IMPORT.FIELD_INVALID': { id: '{id}', en: '{en}' },
  'IMPORT.STALE_ROW': {
    id: 'Data "{value}" sudah diubah, dibuat atau dihapus orang lain sejak pratinjau. Tidak ada yang disimpan: periksa ulang berkas ini lalu impor lagi.',
    en: '"{value}" was changed, created or deleted by someone else since the preview. Nothing was saved: check this file again, then import it again.',
  },
  'IMPORT.INNOVATION_LOCKED': {
    id: 'Inovasi "{value}" berstatus {state} (sudah diajukan, ditinjau atau disetujui) dan terkunci: impor tidak boleh mengubahnya. Kosongkan perubahan pada baris ini atau minta verifikator mengembalikannya.',
    en: 'Innovation "{value}" is in state {state} (submitted, under review or approved) and locked: an import may not change it. Undo the changes in this row or ask the verifier to return it.',
  },
  'IMPORT.INNOVATION_ARCHIVED': {
    id: 'Inovasi "{value}" berada di periode {year} yang sudah ditutup atau diarsipkan ({state}): datanya hanya dapat dibaca dan impor tidak boleh mengubahnya.',
    en: 'Innovation "{value}" belongs to the {year} period, which is closed or archived ({state}): its data is read-only and an import may not change it.',
  },
};

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** An issue with a row code of the import, or any code of errors.ts (the procedures' own refusals). */
export function rowIssue(column: string | null, code: string, params: ErrorParams = {}): ImportIssue {
  const own = ROW_MESSAGES[code];
  if (own) return { column, code, id: fill(own.id, params), en: fill(own.en, params) };
  return { column, code, id: renderMessage(code, 'id', params), en: renderMessage(code, 'en', params) };
}

/** The issue of an AppError thrown by a procedure's own check; anything else is a bug and is rethrown. */
export function issueOfError(column: string | null, error: unknown): ImportIssue {
  if (error instanceof AppError) return rowIssue(column, error.appCode, error.params);
  throw error;
}

/** Row parses keep the offending input in their issues, for messages like `Unknown value "KANTOR"`. */
export const PARSE_OPTIONS = { reportInput: true } as const;

const enLocale = z.locales.en().localeError;
const idLocale = z.locales.id().localeError;

function localeText(locale: typeof enLocale, issue: z.core.$ZodIssue): string {
  const out = locale(issue as Parameters<typeof enLocale>[0]);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

/** Both languages of a zod issue: plain words for the common cases, zod's locales for the rest. */
function zodWords(issue: z.core.$ZodIssue): { id: string; en: string } {
  const required = ROW_MESSAGES['IMPORT.REQUIRED']!;
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return required;
  if (issue.code === 'invalid_value') {
    const input = issue.input;
    const value = typeof input === 'string' || typeof input === 'number' ? String(input) : '';
    const { id, en } = rowIssue(null, 'IMPORT.UNKNOWN_VALUE', {
      value,
      options: issue.values.map(String).join(', '),
    });
    return { id, en };
  }
  if (issue.code === 'too_small') {
    if (issue.origin !== 'string')
      return { id: `Paling kecil ${issue.minimum}.`, en: `At least ${issue.minimum}.` };
    if (Number(issue.minimum) <= 1) return required;
    return { id: `Paling sedikit ${issue.minimum} karakter.`, en: `At least ${issue.minimum} characters.` };
  }
  if (issue.code === 'too_big') {
    if (issue.origin !== 'string')
      return { id: `Paling besar ${issue.maximum}.`, en: `At most ${issue.maximum}.` };
    return { id: `Paling banyak ${issue.maximum} karakter.`, en: `At most ${issue.maximum} characters.` };
  }
  if (issue.code === 'invalid_format' && issue.format === 'email')
    return { id: 'Alamat email tidak valid.', en: 'Not a valid email address.' };
  // A video link is a web link: zod's English would print the pattern it was checked against.
  if (issue.code === 'invalid_format' && (issue.format === 'regex' || issue.format === 'url'))
    return issue.path.at(-1) === 'videoUrl'
      ? { id: issue.message, en: 'The video link must be a web address starting with http:// or https://.' }
      : { id: issue.message, en: 'Not in the expected form.' };
  if (issue.code === 'custom') {
    const params = issue.params as { id?: unknown; en?: unknown } | undefined;
    if (typeof params?.id === 'string' && typeof params.en === 'string')
      return { id: params.id, en: params.en };
  }
  const en = localeText(enLocale, issue);
  // The domain's schemas carry their own (Indonesian) messages; zod's defaults are English.
  const id = issue.message !== en ? issue.message : localeText(idLocale, issue);
  return { id, en };
}

/** Row issues of a failed zod parse; `columnOf` maps the issue path to a column key. */
export function zodIssues(
  error: z.ZodError,
  columnOf: (path: readonly PropertyKey[]) => string | null,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const words = zodWords(issue);
    return { column: columnOf(issue.path), code: 'IMPORT.FIELD_INVALID', ...words };
  });
}

/** A domain validation issue (validateProfile) as a row issue, in the domain's own words. */
export function domainIssue(column: string | null, issue: ValidationIssue): ImportIssue {
  return {
    column,
    code: issue.code,
    id: formatIssueMessage(issue.code, issue.params, 'id'),
    en: formatIssueMessage(issue.code, issue.params, 'en'),
  };
}
