// The backup archive: an uncompressed tar holding db/NNN-<table>.jsonl.gz (the rows of each table as JSON
// lines, gzip-compressed, tables in foreign-key order), files/<sha256> (each evidence file and frozen package the
// database refers to, stored as is: PDFs and images are already compressed) and, last, manifest.json with the
// sha256 and size of every other part, so a restore checks the whole archive before it touches anything.
import { z } from 'zod';

export const BACKUP_FORMAT = 'inovda-backup';
export const BACKUP_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);
const ZPart = z.object({ name: z.string().min(1), sha256: ZSha256, size: z.number().int().nonnegative() });

export const ZManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  source: z.object({ kind: z.enum(['pglite', 'postgres']) }),
  /** The migrations applied in the backed-up database, in order, with the sha256 of each migration.sql. */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(ZPart.extend({ table: z.string(), rows: z.number().int().nonnegative() })),
  files: z.array(ZPart),
  /** False for a backup made with --no-files (the bucket is backed up elsewhere). */
  includesFiles: z.boolean(),
});
export type TManifest = z.infer<typeof ZManifest>;

export const tablePartName = (index: number, table: string) =>
  `db/${String(index + 1).padStart(3, '0')}-${table}.jsonl.gz`;
export const filePartName = (sha256: string) => `files/${sha256}`;
