import { useEffect, useState } from 'react';

export type TFileUrlState =
  { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; httpStatus?: number };

/**
 * `/files/:id` answers as an attachment with a sandboxing CSP (so a browser never renders an upload on the
 * API's origin). For an inline preview (the browser's PDF viewer, an image, a video) the bytes are fetched with
 * the session cookie and shown from a local blob: URL, which is revoked when the viewer goes away. With a null
 * id nothing is fetched.
 */
export function useFileObjectUrl(evidenceId: string | null): TFileUrlState {
  // Keyed by id, so switching files shows "loading" without resetting state inside the effect.
  const [loaded, setLoaded] = useState<{ id: string; state: TFileUrlState } | null>(null);
  useEffect(() => {
    if (!evidenceId) return;
    const controller = new AbortController();
    let url: string | undefined;
    const setState = (state: TFileUrlState) => setLoaded({ id: evidenceId, state });
    fetch(fileHref(evidenceId), { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) {
          setState({ status: 'error', httpStatus: res.status });
          return;
        }
        url = URL.createObjectURL(await res.blob());
        setState({ status: 'ready', url });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error' });
        if (!(error instanceof DOMException)) console.error(error);
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidenceId]);
  return loaded?.id === evidenceId ? loaded.state : { status: 'loading' };
}

/** The download address of an evidence file (served as an attachment; the API checks the same scope as the data). */
export function fileHref(evidenceId: string): string {
  return `/files/${encodeURIComponent(evidenceId)}`;
}
