import { DetailedError, Upload } from 'tus-js-client';

/** Response header with the id of the stored evidence file (set by the API when an upload completes). */
const EVIDENCE_ID_HEADER = 'Inovda-Evidence-Id';

/** Waits between retries after a dropped connection: quick first, then backing off for up to a minute. */
const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000];

/**
 * Small chunks: on a weak phone connection a dropped request then costs at most this much, and the upload
 * continues from the last acknowledged chunk instead of from the start.
 */
const CHUNK_SIZE = 2 * 1024 * 1024;

export interface TUploadTarget {
  submissionId: string;
  /** SID indicator code; the server checks the file's content against the kinds this indicator accepts. */
  indicator: string;
}

/** An upload refused by the server, in the same shape as tRPC errors' data (`appCode`, `params`). */
export interface TUploadFailure {
  appCode?: string;
  params?: Record<string, unknown>;
  /** The server's own message in its language (a fallback), or the client-side error text. */
  message: string;
  status?: number;
}

export interface TUploadHandlers {
  onProgress: (bytesSent: number, bytesTotal: number) => void;
  onSuccess: (evidenceId: string) => void;
  onError: (failure: TUploadFailure) => void;
  /** The connection dropped; tus-js-client waits and then continues from the server's offset. */
  onRetry?: () => void;
}

/** Reads the API's JSON refusal (`{ appCode, message, params }`) out of a tus error. */
export function readUploadFailure(error: Error): TUploadFailure {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  const status = response?.getStatus();
  const body = response?.getBody();
  if (body) {
    try {
      const parsed = JSON.parse(body) as { appCode?: unknown; message?: unknown; params?: unknown };
      if (typeof parsed.appCode === 'string') {
        return {
          appCode: parsed.appCode,
          params:
            parsed.params && typeof parsed.params === 'object'
              ? (parsed.params as Record<string, unknown>)
              : {},
          message: typeof parsed.message === 'string' ? parsed.message : error.message,
          status,
        };
      }
    } catch {
      // Not our JSON (a proxy's HTML page, tus's own plain-text answer): fall through.
    }
  }
  if (status === 413) return { appCode: 'UPLOAD.TOO_LARGE', params: {}, message: error.message, status };
  return { message: body || error.message, status };
}

/** Retry network failures and server hiccups, never a refusal (4xx other than 409/423/429). */
export function shouldRetryUpload(status: number | undefined): boolean {
  if (status === undefined || status === 0) return true;
  if (status === 409 || status === 423 || status === 429) return true;
  return status >= 500;
}

/**
 * Starts (or resumes) a resumable tus upload of one evidence file. The upload URL is remembered in
 * localStorage per file and target, so after a dropped connection, a closed tab or a reload, choosing the same
 * file again continues where the server stopped. Returns a function that pauses the upload.
 */
export function startEvidenceUpload(
  file: File,
  target: TUploadTarget,
  handlers: TUploadHandlers,
): () => void {
  const upload = new Upload(file, {
    endpoint: '/uploads',
    chunkSize: CHUNK_SIZE,
    retryDelays: RETRY_DELAYS_MS,
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    metadata: {
      filename: file.name,
      filetype: file.type,
      submissionId: target.submissionId,
      indicator: target.indicator,
    },
    // The same file for another indicator is another upload (the server checks it against that indicator).
    fingerprint: async () =>
      [
        'inovda',
        target.submissionId,
        target.indicator,
        file.name,
        file.type,
        file.size,
        file.lastModified,
      ].join(':'),
    onShouldRetry: (error) => {
      const retry = shouldRetryUpload(error.originalResponse?.getStatus());
      if (retry) handlers.onRetry?.();
      return retry;
    },
    onProgress: handlers.onProgress,
    onSuccess: ({ lastResponse }) => {
      const evidenceId = lastResponse.getHeader(EVIDENCE_ID_HEADER);
      if (evidenceId) handlers.onSuccess(evidenceId);
      else handlers.onError({ message: 'missing evidence id', status: lastResponse.getStatus() });
    },
    onError: (error) => handlers.onError(readUploadFailure(error)),
  });
  void upload.findPreviousUploads().then(
    (previous) => {
      const last = previous[0];
      if (last) upload.resumeFromPreviousUpload(last);
      upload.start();
    },
    () => upload.start(),
  );
  return () => void upload.abort();
}
