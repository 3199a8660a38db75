// The evidence store: immutable blobs addressed by the sha256 of their content. Two backends (local disk, an
// S3-compatible bucket) share this interface so the upload and download code never knows which one it has.
import type { Readable } from 'node:stream';

/** What `put` accepts: bytes in memory, or a stream (e.g. a finished upload read from its temp file). */
export type StorageInput = Uint8Array | Readable | AsyncIterable<Uint8Array>;

export interface StoredBlob {
  /** Lower-case hex sha256 of the content. */
  sha256: string;
  /** Size in bytes. */
  size: number;
}

export interface Storage {
  readonly kind: 'local' | 's3';
  /**
   * Stores the content and returns its address. Nothing becomes visible under the address until the whole
   * content has been written and hashed; storing content that is already present is a no-op.
   */
  put(input: StorageInput): Promise<StoredBlob>;
  /** Opens the stored content, or `null` when the address holds nothing. */
  get(sha256: string): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
  /** Removes the content at the address (nothing when absent). Callers make sure no row refers to it. */
  delete(sha256: string): Promise<void>;
  /** Removes staging leftovers of interrupted writes older than `maxAgeMs`; returns how many were removed. */
  sweepStaging(maxAgeMs: number): Promise<number>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** True for a lower-case hex sha256; every address is checked so that it can never become a path trick. */
function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

export function assertSha256(value: string): void {
  if (!isSha256(value)) {
    throw new Error(
      `Alamat berkas tidak sah / invalid content address: ${JSON.stringify(value).slice(0, 80)}`,
    );
  }
}
