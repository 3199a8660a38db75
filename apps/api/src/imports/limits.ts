// Limits of the bulk import. The file limit keeps a request bounded; the row caps keep one commit (one
// transaction) short: users cost an argon2 hash each (about 20 ms), so their cap is lower.
import type { ImportKind } from '@inovda/db';

/** Largest accepted upload (bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Largest total uncompressed size an XLSX (a ZIP) may declare; refuses zip bombs before exceljs reads it. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Most data rows per file, by kind. */
export const MAX_IMPORT_ROWS: Readonly<Record<ImportKind, number>> = {
  UNITS: 5_000,
  USERS: 1_000,
  INNOVATIONS: 5_000,
};
/** An uploaded file not committed within this time is purged. */
export const IMPORT_FILE_TTL_MS = 24 * 3_600_000;
/** A commit may run long (thousands of rows); the interactive transaction's limit. */
export const COMMIT_TIMEOUT_MS = 180_000;
/** Rows per INSERT statement of a commit (well under PostgreSQL's 65,535 bind parameters). */
export const WRITE_CHUNK_ROWS = 500;
/** Cell values shown in the preview are cut to this many characters (long texts would bloat the report). */
export const PREVIEW_CELL_CHARS = 160;

/** `items` in consecutive slices of at most `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
