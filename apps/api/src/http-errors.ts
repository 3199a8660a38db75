// The one place that builds error answers from an application code (errors.ts): the code, the message in the
// caller's language, both languages and the params. Used by tRPC's error formatter (trpc.ts), the Express
// host's own answers (server.ts) and the upload, download, import and export endpoints. The shapes are those
// the admin and the tests read; they differ only in their envelope.
import type { Response } from 'express';
import { renderMessage, statusOf, type ErrorParams, type Lang } from './errors.ts';

/** An application error as every answer carries it. */
export interface ErrorDescription {
  appCode: string;
  /** The message in the caller's language. */
  message: string;
  messages: { id: string; en: string };
  params: ErrorParams;
}

export function describeAppError(
  appCode: string,
  params: ErrorParams = {},
  lang: Lang = 'id',
): ErrorDescription {
  const messages = { id: renderMessage(appCode, 'id', params), en: renderMessage(appCode, 'en', params) };
  return { appCode, message: messages[lang], messages, params };
}

/**
 * The JSON body of the upload, download, import and export endpoints: `{ appCode, message, messages, params }`,
 * the same fields as the tRPC errors' data, so the admin shows the same translated text.
 */
export function errorBody(appCode: string, params: ErrorParams = {}, lang: Lang = 'id'): string {
  return JSON.stringify(describeAppError(appCode, params, lang));
}

/** HTTP statuses of the tRPC codes the endpoints answer with; any other code answers 400. */
const HTTP_STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/** The HTTP status of an application code, from its tRPC code (see `HTTP_STATUS`). */
export function httpStatusOf(appCode: string): number {
  return HTTP_STATUS[statusOf(appCode)] ?? 400;
}

/** Answers an endpoint error: the status and the `errorBody` as application/json. */
export function sendErrorBody(
  res: Response,
  status: number,
  appCode: string,
  params: ErrorParams = {},
  lang: Lang = 'id',
): void {
  res
    .status(status)
    .type('application/json')
    .send(errorBody(appCode, params, lang));
}

/**
 * Answers an error of the Express host itself (unknown path, refused request, a failure outside tRPC):
 * `{ error: { appCode, message, requestId } }`.
 */
export function sendHostError(
  res: Response,
  status: number,
  appCode: string,
  lang: Lang,
  params: ErrorParams = {},
): void {
  const { message } = describeAppError(appCode, params, lang);
  res.status(status).json({ error: { appCode, message, requestId: res.locals.requestId as string } });
}
