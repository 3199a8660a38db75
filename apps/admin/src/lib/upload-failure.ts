import type { TFunction } from 'i18next';
import { describeError } from './app-error';
import type { TUploadFailure } from './upload-evidence';

/**
 * The sentence for a failed evidence upload. A file whose content is none of the accepted kinds (a renamed
 * ".pdf" that is not a PDF) is told which kinds THIS indicator takes, not every kind the app knows.
 */
export function describeUploadFailure(
  failure: TUploadFailure,
  kinds: readonly string[],
  t: TFunction,
): string {
  if (failure.appCode === 'UPLOAD.UNSUPPORTED_TYPE' && kinds.length > 0) {
    return describeError(
      { data: { appCode: 'UPLOAD.CONTENT_NOT_ACCEPTED', params: { allowed: [...kinds] } } },
      t,
    ).message;
  }
  return describeError(
    { data: { appCode: failure.appCode, params: failure.params }, message: failure.message },
    t,
  ).message;
}

/**
 * Choosing the same file again resumes only an upload that broke off (the connection or the server failed);
 * a file the server refused would be refused again, so the resume hint is not shown for it.
 */
export function canResumeAfter(failure: TUploadFailure): boolean {
  if (failure.appCode) return false;
  return failure.status === undefined || failure.status === 0 || failure.status >= 500;
}
