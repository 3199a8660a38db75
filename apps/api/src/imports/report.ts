// The row-by-row report of an import: per row its errors (which block the whole import) and warnings (which
// do not), each with the column and a message in Indonesian and English. Messages come from three places,
// so a row hears the same words as the form: zod issues of the procedures' own schemas, AppErrors of the
// procedures' own checks (errors.ts), and the import's own row codes (the catalogue's `import-report`).
import { formatIssueMessage, type ValidationIssue } from '@inovda/domain';
import type { TKeyOf, TResources } from '@inovda/i18n';
import { RESOURCES, translate } from '@inovda/i18n/catalogue';
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

type TRowCode = TKeyOf<TResources['import-report']['IMPORT']>;
const ROW_CODES = new Set(Object.keys(RESOURCES.id['import-report'].IMPORT));

/** A row code of the import's own (`IMPORT.REQUIRED` ...); its words are in the catalogue's `import-report`. */
function isRowCode(code: string): code is `IMPORT.${TRowCode}` {
  return code.startsWith('IMPORT.') && ROW_CODES.has(code.slice('IMPORT.'.length));
}

/** Both languages of a text of the `import-report` namespace. */
function words(
  key: TKeyOf<TResources['import-report']>,
  params: ErrorParams = {},
): { id: string; en: string } {
  return {
    id: translate('id', 'import-report', key, params),
    en: translate('en', 'import-report', key, params),
  };
}

/** An issue with a row code of the import, or any code of errors.ts (the procedures' own refusals). */
export function rowIssue(column: string | null, code: string, params: ErrorParams = {}): ImportIssue {
  if (isRowCode(code)) return { column, code, ...words(code, params) };
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
  const required = words('IMPORT.REQUIRED');
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
    if (issue.origin !== 'string') return words('zod.atLeast', { min: String(issue.minimum) });
    if (Number(issue.minimum) <= 1) return required;
    return words('zod.atLeastChars', { min: String(issue.minimum) });
  }
  if (issue.code === 'too_big') {
    if (issue.origin !== 'string') return words('zod.atMost', { max: String(issue.maximum) });
    return words('zod.atMostChars', { max: String(issue.maximum) });
  }
  if (issue.code === 'invalid_format' && issue.format === 'email') return words('zod.email');
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
