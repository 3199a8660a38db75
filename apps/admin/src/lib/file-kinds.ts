/** Evidence file kinds (the domain's `TFileKind`) and how browsers name them. */
export type TFileKind = 'PDF' | 'JPEG' | 'PNG' | 'MP4';

const KIND_INFO: Record<TFileKind, { mime: string; extensions: readonly string[] }> = {
  PDF: { mime: 'application/pdf', extensions: ['.pdf'] },
  JPEG: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  PNG: { mime: 'image/png', extensions: ['.png'] },
  MP4: { mime: 'video/mp4', extensions: ['.mp4'] },
};

/** The `accept` attribute of a file input for these kinds, so the phone's picker shows only fitting files. */
export function acceptAttribute(kinds: readonly TFileKind[]): string {
  return kinds.flatMap((kind) => [KIND_INFO[kind].mime, ...KIND_INFO[kind].extensions]).join(',');
}

/**
 * The kind a chosen file claims to be (by MIME type, else by extension), or null. Only a first check, to
 * spare a useless upload on a slow line: the server decides by the file's content.
 */
export function guessFileKind(file: Pick<File, 'name' | 'type'>): TFileKind | null {
  const name = file.name.toLowerCase();
  for (const kind of Object.keys(KIND_INFO) as TFileKind[]) {
    const info = KIND_INFO[kind];
    if (file.type === info.mime || info.extensions.some((ext) => name.endsWith(ext))) return kind;
  }
  return null;
}

/** How to show a stored file: PDFs in a frame, images inline, video in a player. */
export function previewKind(kind: string): 'pdf' | 'image' | 'video' | 'none' {
  switch (kind) {
    case 'PDF':
      return 'pdf';
    case 'JPEG':
    case 'PNG':
      return 'image';
    case 'MP4':
      return 'video';
    default:
      return 'none';
  }
}
