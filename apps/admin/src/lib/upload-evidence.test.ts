import { DetailedError, type HttpResponse } from 'tus-js-client';
import { describe, expect, it } from 'vitest';
import { readUploadFailure, shouldRetryUpload } from './upload-evidence';

function refusal(status: number, body: string): DetailedError {
  const response = {
    getStatus: () => status,
    getBody: () => body,
    getHeader: () => undefined,
  } as unknown as HttpResponse;
  return Object.assign(new DetailedError('tus: unexpected response'), { originalResponse: response });
}

describe('readUploadFailure', () => {
  it("reads the API's application code and params", () => {
    const body = JSON.stringify({
      appCode: 'UPLOAD.KIND_NOT_ALLOWED',
      message: 'Berkas ini berisi PNG, sedangkan indikator ini hanya menerima PDF.',
      params: { kind: 'PNG', allowed: 'PDF' },
    });
    expect(readUploadFailure(refusal(415, body))).toEqual({
      appCode: 'UPLOAD.KIND_NOT_ALLOWED',
      params: { kind: 'PNG', allowed: 'PDF' },
      message: 'Berkas ini berisi PNG, sedangkan indikator ini hanya menerima PDF.',
      status: 415,
    });
  });

  it('names a too-large file even when the answer is plain text', () => {
    expect(readUploadFailure(refusal(413, 'Maximum size exceeded')).appCode).toBe('UPLOAD.TOO_LARGE');
  });

  it('keeps an unknown answer as text', () => {
    expect(readUploadFailure(refusal(502, '<html>Bad gateway</html>'))).toEqual({
      message: '<html>Bad gateway</html>',
      status: 502,
    });
    expect(readUploadFailure(new Error('offline'))).toEqual({ message: 'offline', status: undefined });
  });
});

describe('shouldRetryUpload', () => {
  it.each([
    [undefined, true],
    [0, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [413, false],
    [415, false],
  ])('status %s -> retry %s', (status, retry) => {
    expect(shouldRetryUpload(status)).toBe(retry);
  });
});
