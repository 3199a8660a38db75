import { useEffect, useState } from 'react';

/** The download address of a stored evidence file (the API checks the same scope as the data). */
export function fileDownloadUrl(evidenceId: string): string {
  return `/files/${encodeURIComponent(evidenceId)}`;
}

/**
 * A local `blob:` URL for previewing a stored file. The API always answers downloads as attachments with a
 * sandboxing CSP (so a file is never rendered from the API's origin); fetching it and showing the blob lets
 * the browser's own PDF viewer and image decoder display it safely. The URL is revoked when no longer shown.
 */
export function useFileBlobUrl(evidenceId: string | null) {
  const [result, setResult] = useState<{ id: string; url?: string; failed?: boolean } | null>(null);
  useEffect(() => {
    if (!evidenceId) return;
    const controller = new AbortController();
    let url: string | undefined;
    fetch(fileDownloadUrl(evidenceId), { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        url = URL.createObjectURL(await response.blob());
        setResult({ id: evidenceId, url });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ id: evidenceId, failed: true });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidenceId]);
  const current = result?.id === evidenceId ? result : null;
  return { url: current?.url, failed: Boolean(current?.failed), loading: Boolean(evidenceId) && !current };
}
