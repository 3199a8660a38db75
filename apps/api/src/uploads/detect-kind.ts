// The evidence kind of a file, read from its content (magic bytes), never from its name or declared type.
import { fileTypeFromFile } from 'file-type';

export const EVIDENCE_KINDS = ['PDF', 'JPEG', 'PNG', 'MP4'] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];

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
