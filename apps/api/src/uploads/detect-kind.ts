// The evidence kind of a file, read from its content (magic bytes), never from its name or declared type.
import { fileTypeFromFile } from 'file-type';

export type TEvidenceKind = 'PDF' | 'JPEG' | 'PNG' | 'MP4';

export interface DetectedKind {
  kind: TEvidenceKind;
  mimeType: string;
}

// Only these exact detections are evidence; e.g. a QuickTime .mov or an audio-only .m4a is not an MP4 video.
const BY_MIME: Record<string, DetectedKind> = {
  'application/pdf': { kind: 'PDF', mimeType: 'application/pdf' },
  'image/jpeg': { kind: 'JPEG', mimeType: 'image/jpeg' },
  'image/png': { kind: 'PNG', mimeType: 'image/png' },
  'video/mp4': { kind: 'MP4', mimeType: 'video/mp4' },
};

/** Detects the evidence kind of a file on disk; `null` when the content is none of PDF, JPEG, PNG, MP4. */
export async function detectEvidenceKind(path: string): Promise<DetectedKind | null> {
  const result = await fileTypeFromFile(path);
  return (result && BY_MIME[result.mime]) ?? null;
}

/** The file extension of each evidence kind (what the content is, whatever the name said). */
export const EXTENSION_OF_KIND: Record<TEvidenceKind, string> = {
  PDF: 'pdf',
  JPEG: 'jpg',
  PNG: 'png',
  MP4: 'mp4',
};

/**
 * A file name ending in the extension of the detected kind: `laporan.hta` holding a PDF becomes `laporan.pdf`,
 * so a PDF/HTML polyglot is never stored, served or packaged under an executable or HTML extension. An unknown
 * kind (rows of older data) keeps the name without its extension.
 */
export function evidenceFileName(originalName: string, kind: string): string {
  const ext = (EXTENSION_OF_KIND as Record<string, string>)[kind] ?? kind.toLowerCase();
  const base = originalName.replace(/\.[^./\\]{0,10}$/, '').trim() || 'bukti';
  const same = kind === 'JPEG' ? /\.(jpe?g)$/i : new RegExp(`\\.${ext}$`, 'i');
  return same.test(originalName) ? originalName : `${base}.${ext}`;
}
