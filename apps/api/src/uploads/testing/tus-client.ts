// A minimal tus 1.0 client over fetch / node:http for tests: create, patch, head, and a PATCH that is cut
// off mid-body (the socket is destroyed after part of the bytes), like a phone losing its connection.
import { request } from 'node:http';

export interface TusClient {
  create(size: number, metadata?: Record<string, string>): Promise<Response>;
  patch(location: string, offset: number, chunk: Uint8Array): Promise<Response>;
  head(location: string): Promise<Response>;
  /** Sends `chunk` with a larger declared Content-Length and kills the connection after `sendBytes`. */
  patchCutOff(location: string, offset: number, chunk: Uint8Array, sendBytes: number): Promise<void>;
}

const encodeMetadata = (metadata: Record<string, string>) =>
  Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

export function createTusClient(baseUrl: string, cookie: string | null): TusClient {
  const headers = (extra: Record<string, string>) => ({
    'Tus-Resumable': '1.0.0',
    ...(cookie ? { Cookie: cookie } : {}),
    ...extra,
  });
  const url = (location: string) => new URL(location, baseUrl).toString();
  return {
    create: (size, metadata = {}) =>
      fetch(`${baseUrl}/uploads`, {
        method: 'POST',
        headers: headers({
          'Upload-Length': String(size),
          ...(Object.keys(metadata).length ? { 'Upload-Metadata': encodeMetadata(metadata) } : {}),
        }),
      }),
    patch: (location, offset, chunk) =>
      fetch(url(location), {
        method: 'PATCH',
        headers: headers({
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream',
        }),
        body: new Uint8Array(chunk),
      }),
    head: (location) => fetch(url(location), { method: 'HEAD', headers: headers({}) }),
    patchCutOff: (location, offset, chunk, sendBytes) =>
      new Promise((resolve) => {
        const req = request(url(location), {
          method: 'PATCH',
          headers: headers({
            'Upload-Offset': String(offset),
            'Content-Type': 'application/offset+octet-stream',
            'Content-Length': String(chunk.length),
          }),
        });
        req.on('error', () => resolve());
        req.on('close', () => resolve());
        req.write(chunk.subarray(0, sendBytes), () => {
          // Give the server a moment to receive the bytes, then drop the connection without finishing.
          setTimeout(() => req.destroy(), 100);
        });
      }),
  };
}
