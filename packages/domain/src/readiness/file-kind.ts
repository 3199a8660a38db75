import type { TFileKind } from '../editions/schema-parts.ts';

const KINDS: Readonly<Record<string, TFileKind>> = {
  PDF: 'PDF',
  'APPLICATION/PDF': 'PDF',
  JPEG: 'JPEG',
  JPG: 'JPEG',
  'IMAGE/JPEG': 'JPEG',
  PNG: 'PNG',
  'IMAGE/PNG': 'PNG',
  MP4: 'MP4',
  'VIDEO/MP4': 'MP4',
};

/**
 * The evidence kind of a file given its extension or MIME type, case-insensitive: `jpg`, `JPEG` and
 * `image/jpeg` are all JPEG (reference §4.2 lists JPG and JPEG as one). Unknown kinds give `undefined`.
 */
export function normalizeFileKind(kind: string): TFileKind | undefined {
  return KINDS[kind.trim().replace(/^\./, '').toUpperCase()];
}
