// Entry of the evidence store. Local disk by default (inside the data directory); an S3-compatible bucket
// when `s3` is configured.
import { join } from 'node:path';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage, type S3StorageOptions } from './s3-storage.ts';
import type { Storage } from './types.ts';

export type { Storage, StoredBlob } from './types.ts';
export { localBlobPath } from './local-storage.ts';
export type { S3StorageOptions } from './s3-storage.ts';

export interface CreateStorageOptions {
  /** The application's data directory; local blobs live in `<dataDir>/evidence` unless `localRoot` is set. */
  dataDir: string;
  localRoot?: string;
  /** When set, blobs go to this S3-compatible bucket; `<dataDir>/evidence-staging` is used for hashing. */
  s3?: S3StorageOptions;
}

/** Opens the evidence store described by the options. */
export function createStorage(options: CreateStorageOptions): Storage {
  if (options.s3) return createS3Storage(options.s3, join(options.dataDir, 'evidence-staging'));
  return createLocalStorage(options.localRoot ?? join(options.dataDir, 'evidence'));
}
