// The one table that maps application codes (domain codes included) to tRPC codes. The words of every code live
// in the catalogue (`packages/i18n/locales/<lng>/errors.json`); `TAppCode` is the closed union of its keys, so a
// code without words, or words without a status here, fails to compile. Clients pick their text from `appCode`;
// the server's message follows `lang`.
import { type TAppCode, type TFieldMessageKey, type TLanguage } from '@inovda/i18n';
import { catalogue } from '@inovda/i18n/catalogue';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export type Lang = TLanguage;
export type ErrorParams = Record<string, string | number | boolean | null>;
export type AppCode = TAppCode;

const ERROR_STATUS = {
  'AUTH.INVALID_CREDENTIALS': 'UNAUTHORIZED',
  'AUTH.THROTTLED': 'TOO_MANY_REQUESTS',
  'AUTH.UNAUTHENTICATED': 'UNAUTHORIZED',
  'AUTH.FORBIDDEN': 'FORBIDDEN',
  'AUTH.WRONG_CURRENT_PASSWORD': 'BAD_REQUEST',
  'SCOPE.OUT_OF_SCOPE': 'FORBIDDEN',
  'EDIT.CONFLICT': 'CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  'VALIDATION.INVALID_INPUT': 'BAD_REQUEST',
  'REQUEST.CROSS_SITE': 'FORBIDDEN',
  'REQUEST.JSON_ONLY': 'UNSUPPORTED_MEDIA_TYPE',
  'VALIDATION.BATCH_REFUSED': 'BAD_REQUEST',
  'VALIDATION.DUPLICATE': 'CONFLICT',
  'USER.EMAIL_TAKEN': 'CONFLICT',
  'USER.OPERATOR_NEEDS_UNIT': 'BAD_REQUEST',
  'USER.CANNOT_CHANGE_SELF': 'BAD_REQUEST',
  'UNIT.PARENT_CYCLE': 'BAD_REQUEST',
  'UNIT.NAME_TAKEN': 'CONFLICT',
  'UNIT.HAS_ACTIVE_CHILDREN': 'BAD_REQUEST',
  'PERIOD.UNKNOWN_EDITION': 'BAD_REQUEST',
  'PERIOD.YEAR_TAKEN': 'CONFLICT',
  'PERIOD.INVALID_STATE_CHANGE': 'BAD_REQUEST',
  'PERIOD.EDITION_LOCKED': 'BAD_REQUEST',
  'PERIOD.DEADLINE_ORDER': 'BAD_REQUEST',
  'UPLOAD.UNSUPPORTED_TYPE': 'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD.QUOTA_EXCEEDED': 'PAYLOAD_TOO_LARGE',
  'UPLOAD.KIND_NOT_ALLOWED': 'UNSUPPORTED_MEDIA_TYPE',
  // Raised by the admin itself (a 413 from the upload server, a file the browser refuses) but named here too.
  'UPLOAD.TOO_LARGE': 'PAYLOAD_TOO_LARGE',
  'UPLOAD.CONTENT_NOT_ACCEPTED': 'UNSUPPORTED_MEDIA_TYPE',
  'UPLOAD.UNKNOWN_INDICATOR': 'BAD_REQUEST',
  'UPLOAD.INDICATOR_NEEDS_SUBMISSION': 'BAD_REQUEST',
  'WORKFLOW.ROLE_FORBIDDEN': 'FORBIDDEN',
  'WORKFLOW.NOT_ALLOWED': 'BAD_REQUEST',
  'WORKFLOW.PRECONDITION': 'BAD_REQUEST',
  'SUBMISSION.NOT_READY': 'BAD_REQUEST',
  'INNOVATION.PERIOD_CLOSED': 'BAD_REQUEST',
  'PERIOD.ARCHIVED': 'BAD_REQUEST',
  'CARRY.SOURCE_NOT_CLOSED': 'BAD_REQUEST',
  'CARRY.TARGET_NOT_OPEN': 'BAD_REQUEST',
  'CARRY.TARGET_NOT_LATER': 'BAD_REQUEST',
  'CARRY.NOT_IN_SOURCE': 'NOT_FOUND',
  'CARRY.ALREADY_IN_PERIOD': 'CONFLICT',
  'CARRY.PENERAPAN_AFTER_WINDOW': 'BAD_REQUEST',
  'ANSWER.LOCKED': 'BAD_REQUEST',
  'ANSWER.UNKNOWN_INDICATOR': 'BAD_REQUEST',
  'ANSWER.BASIS_REQUIRED': 'BAD_REQUEST',
  'ANSWER.UNKNOWN_BASIS': 'BAD_REQUEST',
  'ANSWER.BASIS_NOT_EXPECTED': 'BAD_REQUEST',
  'ANSWER.LINKS_NOT_ALLOWED': 'BAD_REQUEST',
  'ANSWER.TIER_MISMATCH': 'BAD_REQUEST',
  'SID.RAW_INVALID': 'BAD_REQUEST',
  'EVIDENCE.KIND_NOT_ALLOWED': 'BAD_REQUEST',
  'EVIDENCE.ALREADY_ATTACHED': 'BAD_REQUEST',
  'EVIDENCE.NOT_ATTACHED': 'BAD_REQUEST',
  'REVIEW.NOT_IN_REVIEW': 'BAD_REQUEST',
  'VERDICT.NOTE_REQUIRED': 'BAD_REQUEST',
  'VERDICT.TIER_REQUIRED': 'BAD_REQUEST',
  'VERDICT.DOWNGRADE_NOT_LOWER': 'BAD_REQUEST',
  'VERDICT.TIER_NOT_EXPECTED': 'BAD_REQUEST',
  'PACKAGE.NOTHING_READY': 'BAD_REQUEST',
  'PACKAGE.NOT_PACKAGED': 'BAD_REQUEST',
  'PACKAGE.SET_CHANGED': 'CONFLICT',
  'PACKAGE.STALE': 'CONFLICT',
  'PACKAGE.ALREADY_SENT': 'BAD_REQUEST',
  'PACKAGE.FILE_MISSING': 'INTERNAL_SERVER_ERROR',
  'EXPORT.INVALID_BASIS': 'BAD_REQUEST',
  'SUBMISSION.ALREADY_SENT': 'BAD_REQUEST',
  'SEND.PACKAGE_FROZEN': 'CONFLICT',
  'SEND.PLAN_CHANGED': 'CONFLICT',
  'SEND.NOT_IN_PERIOD': 'BAD_REQUEST',
  'SEND.NOT_READY': 'BAD_REQUEST',
  'EDITION.UNKNOWN': 'NOT_FOUND',
  'EDITION.CODE_TAKEN': 'CONFLICT',
  'EDITION.INVALID': 'BAD_REQUEST',
  'EDITION.BUILT_IN': 'BAD_REQUEST',
  'EDITION.LOCKED': 'CONFLICT',
  'EDITION.IN_USE': 'CONFLICT',
  'SID.NOT_NUMERIC': 'BAD_REQUEST',
  'SPD.PERIOD_LOCKED': 'BAD_REQUEST',
  'SPD.UNKNOWN_ROW': 'BAD_REQUEST',
  'SPD.NOT_NUMERIC': 'BAD_REQUEST',
  'SPD.RAW_MISSING': 'BAD_REQUEST',
  'SPD.RAW_INVALID': 'BAD_REQUEST',
  'SPD.DIVISION_BY_ZERO': 'BAD_REQUEST',
  'AUTH.PASSWORD_CHANGE_REQUIRED': 'FORBIDDEN',
  'AUTH.NEW_PASSWORD_SAME': 'BAD_REQUEST',
  'IMPORT.FILE_TOO_LARGE': 'PAYLOAD_TOO_LARGE',
  'IMPORT.EMPTY_FILE': 'BAD_REQUEST',
  'IMPORT.UNSUPPORTED_TYPE': 'UNSUPPORTED_MEDIA_TYPE',
  'IMPORT.LEGACY_XLS': 'UNSUPPORTED_MEDIA_TYPE',
  'IMPORT.TOO_LARGE_UNPACKED': 'BAD_REQUEST',
  'IMPORT.UNREADABLE': 'BAD_REQUEST',
  'IMPORT.TOO_MANY_ROWS': 'BAD_REQUEST',
  'IMPORT.NO_ROWS': 'BAD_REQUEST',
  'IMPORT.MISSING_COLUMNS': 'BAD_REQUEST',
  'IMPORT.WRONG_KIND': 'BAD_REQUEST',
  'IMPORT.NOT_OWNER': 'FORBIDDEN',
  'NATIONAL.NOT_SENT': 'BAD_REQUEST',
  'NATIONAL.MATURITY_OUT_OF_RANGE': 'BAD_REQUEST',
  'NATIONAL.IID_OUT_OF_RANGE': 'BAD_REQUEST',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<TAppCode, TRPC_ERROR_CODE_KEY>;

function isAppCode(code: string): code is TAppCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

/** The tRPC code of an application code; a code from a newer domain falls back to a bad request. */
export function statusOf(appCode: string): TRPC_ERROR_CODE_KEY {
  return isAppCode(appCode) ? ERROR_STATUS[appCode] : 'BAD_REQUEST';
}

/** The catalogue key of a code: itself, else its area's fallback (`area.WORKFLOW`), else the generic refusal. */
function messageKey(appCode: string): string {
  if (isAppCode(appCode)) return appCode;
  const area = appCode.split('.')[0] ?? '';
  if (area === 'VALIDATION') return 'VALIDATION.INVALID_INPUT';
  return area === 'WORKFLOW' || area === 'PROFILE' ? `area.${area}` : 'area.other';
}

/** Renders the message of a code in one language, filling `{{name}}` placeholders from params. */
export function renderMessage(appCode: string, lang: Lang, params: ErrorParams = {}): string {
  const count = typeof params.count === 'number' ? { count: params.count } : {};
  return catalogue().t(messageKey(appCode), {
    lng: lang,
    ns: 'errors',
    replace: { code: appCode, ...params },
    ...count,
  });
}

/** An expected failure with an application code; its tRPC code comes from the table. */
export class AppError extends TRPCError {
  readonly appCode: string;
  readonly params: ErrorParams;

  constructor(appCode: TAppCode, params: ErrorParams = {}, options: { cause?: unknown } = {}) {
    super({
      code: statusOf(appCode),
      message: renderMessage(appCode, 'en', params),
      cause: options.cause,
    });
    this.name = 'AppError';
    this.appCode = appCode;
    this.params = params;
  }

  /**
   * An error for a code the domain returned: the domain types its codes as `string`, so the union cannot check
   * them. A code with words keeps them; any other keeps its code (the admin looks it up) and gets its area's words.
   */
  static fromDomain(code: string, params: ErrorParams = {}, options: { cause?: unknown } = {}): AppError {
    return new AppError(code as TAppCode, params, options);
  }
}

/**
 * A custom zod issue message in both languages, from the catalogue's `errors:field.*`: `{ message, params: { id,
 * en } }` for `.refine()`. The error formatter shows `params[lang]` in `fieldErrors`.
 */
export function fieldMessage(
  key: TFieldMessageKey,
  params: ErrorParams = {},
): { message: string; params: { id: string; en: string } } {
  const say = (lng: Lang) => catalogue().t(key, { lng, ns: 'errors', replace: params });
  return { message: say('en'), params: { id: say('id'), en: say('en') } };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
