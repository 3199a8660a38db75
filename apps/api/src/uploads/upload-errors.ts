// Refusals of the tus upload endpoint, with the body of every endpoint error (http-errors.ts: `errorBody`).
import type { ErrorParams, Lang } from '../errors.ts';
import { errorBody } from '../http-errors.ts';

/** An upload refusal; @tus/server answers a thrown error's `status_code` and `body` as the HTTP response. */
export class TusRejection extends Error {
  readonly status_code: number;
  readonly body: string;
  constructor(status: number, body: string) {
    super(body);
    this.name = 'TusRejection';
    this.status_code = status;
    this.body = body;
  }
}

export function rejection(
  status: number,
  appCode: string,
  params: ErrorParams = {},
  lang: Lang = 'id',
): TusRejection {
  return new TusRejection(status, errorBody(appCode, params, lang));
}

/** A refusal of ours, or one of @tus/server's own protocol errors (`{ status_code, body }` objects). */
export function isTusRejection(value: unknown): value is { status_code: number; body: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TusRejection).status_code === 'number' &&
    typeof (value as TusRejection).body === 'string'
  );
}
