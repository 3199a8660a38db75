// Content-addressed objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, R2 ...). The content is
// staged on local disk while it is hashed, because the key is its sha256; a PutObject is atomic, so a key
// never shows a partial object.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { stageInput, sweepStagingDir } from './staging.ts';
import { assertSha256, type Storage, type StorageInput, type StoredBlob } from './types.ts';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket, e.g. `inovda/evidence/`. */
  prefix?: string;
  /** Endpoint of an S3-compatible service; omit for AWS S3. */
  endpoint?: string;
  region?: string;
  /** Path-style addressing (`endpoint/bucket/key`), needed by most self-hosted services. */
  forcePathStyle?: boolean;
  /** Static credentials; without them the SDK's default chain (env, profile, instance role) is used. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404;
}

/** `stagingDir` is a local directory for hashing before upload (inside the data directory). */
export function createS3Storage(options: S3StorageOptions, stagingDir: string): Storage {
  const client = new S3Client({
    region: options.region ?? 'us-east-1',
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
    credentials: options.credentials,
    // Many S3-compatible services reject the SDK's default trailing CRC32 checksums on streamed bodies.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const bucket = options.bucket;
  const keyOf = (sha256: string) => {
    assertSha256(sha256);
    return `${options.prefix ?? ''}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  };
  const has = async (sha256: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };

  return {
    kind: 's3',
    async put(input: StorageInput): Promise<StoredBlob> {
      const staged = await stageInput(stagingDir, input);
      try {
        if (!(await has(staged.sha256))) {
          await client.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: keyOf(staged.sha256),
              Body: createReadStream(staged.path),
              ContentLength: staged.size,
              ContentType: 'application/octet-stream',
            }),
          );
        }
      } finally {
        await rm(staged.path, { force: true });
      }
      return { sha256: staged.sha256, size: staged.size };
    },
    async get(sha256: string): Promise<Readable | null> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
        return out.Body instanceof Readable ? out.Body : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    has,
    async delete(sha256: string): Promise<void> {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
    },
    sweepStaging: (maxAgeMs) => sweepStagingDir(stagingDir, maxAgeMs),
  };
}
