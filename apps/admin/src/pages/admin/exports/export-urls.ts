// Addresses of the API's export downloads (apps/api src/exports/export-routes.ts). They are plain GETs on the
// same origin, so the session cookie goes along and the browser saves the attachment itself.
export type TPeriodExport = 'package.zip' | 'innovations.xlsx' | 'innovations.csv';

export function periodExportUrl(periodId: string, file: TPeriodExport): string {
  return `/exports/${encodeURIComponent(periodId)}/${file}`;
}

export function profilePdfUrl(innovationId: string, periodId: string): string {
  return `/exports/innovation/${encodeURIComponent(innovationId)}/profile.pdf?periodId=${encodeURIComponent(periodId)}`;
}

/** The stored ZIP of a frozen package snapshot (byte for byte what was frozen). */
export function snapshotZipUrl(snapshotId: string): string {
  return `/exports/snapshots/${encodeURIComponent(snapshotId)}/package.zip`;
}
