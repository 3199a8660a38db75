import type { TFunction } from 'i18next';
import { labelErrorParams } from './labels';

/** What a screen needs to show about a failed call: one sentence, and messages per form field. */
export interface TErrorView {
  message: string;
  /** Field path (dot-joined, as react-hook-form names fields) -> messages to show under that field. */
  fieldErrors: Record<string, string[]>;
  appCode?: string;
  code?: string;
}

interface TErrorData {
  code?: string;
  appCode?: string;
  params?: Record<string, unknown>;
  fieldErrors?: Record<string, unknown>;
}

function readData(error: unknown): TErrorData | undefined {
  if (!error || typeof error !== 'object' || !('data' in error)) return undefined;
  const data = error.data;
  return data && typeof data === 'object' ? data : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  // fetch() rejects with a TypeError when the connection drops; tRPC wraps it without `data`.
  const cause = error && typeof error === 'object' && 'cause' in error ? error.cause : error;
  return (
    cause instanceof TypeError ||
    (error instanceof Error && /failed to fetch|networkerror|load failed/i.test(error.message))
  );
}

const APP_CODE = /^[A-Z][A-Z0-9_]*\.[A-Z][A-Z0-9_]*$/;
/** `AUTH.THROTTLED` or a one-word code (`NOT_FOUND`, `INTERNAL`); never a lower-case helper key of the namespace. */
const APP_CODE_OR_WORD = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;

/** A server message that is itself an application code (`PROFILE.X`) is translated like any other code. */
function translateFieldMessage(message: string, tAny: TFunction): string {
  return APP_CODE.test(message) ? tAny(message, { ns: 'errors', defaultValue: message }) : message;
}

function normaliseFieldErrors(
  raw: Record<string, unknown> | undefined,
  t: TFunction,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(raw ?? {})) {
    const messages = (Array.isArray(value) ? value : [value]).filter(
      (m): m is string => typeof m === 'string',
    );
    if (messages.length > 0) out[field] = messages.map((m) => translateFieldMessage(m, t));
  }
  return out;
}

/**
 * Turns any error from a tRPC call into translated words. The message comes from the application code (the
 * catalogue's `errors` namespace, the words the server uses too, filled with the server's params), then from the
 * tRPC code, then from the network state; the server's own text is the last resort, so nothing is ever blank.
 */
export function describeError(error: unknown, tAny: TFunction): TErrorView {
  // The client's own error texts live in `common`, whatever namespace the calling screen uses.
  const t = ((key: string, options: Record<string, unknown> = {}) =>
    tAny(key, { ...options, ns: 'common' })) as TFunction;
  const data = readData(error);
  // Codes in the params (`from: 'DRAFT'`) are shown as their words ("Draf").
  const params = labelErrorParams(t, data?.appCode, { ...(data?.params ?? {}) });
  const fieldErrors = normaliseFieldErrors(data?.fieldErrors, tAny);
  const base = { fieldErrors, appCode: data?.appCode, code: data?.code };
  if (data?.appCode && APP_CODE_OR_WORD.test(data.appCode)) {
    const words = tAny(data.appCode, { ...params, ns: 'errors', defaultValue: '' });
    if (words !== '') return { ...base, message: words };
  }
  if (data?.code === 'BAD_REQUEST' && Object.keys(fieldErrors).length > 0) {
    return { ...base, message: t('errors.fieldsInvalid') };
  }
  if (data?.code && t(`errors.trpc.${data.code}`, { defaultValue: '' }) !== '') {
    return { ...base, message: t(`errors.trpc.${data.code}`) };
  }
  if (!data && isNetworkFailure(error)) return { ...base, message: t('errors.network') };
  const serverText = error instanceof Error && error.message ? error.message : '';
  return { ...base, message: serverText || t('errors.unknown') };
}
