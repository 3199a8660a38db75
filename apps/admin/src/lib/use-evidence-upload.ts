import { useCallback, useEffect, useRef, useState } from 'react';
import { startEvidenceUpload, type TUploadFailure, type TUploadTarget } from './upload-evidence';

export type TUploadState =
  | { status: 'idle' }
  | { status: 'uploading' | 'retrying' | 'paused'; fileName: string; bytesSent: number; bytesTotal: number }
  | { status: 'error'; fileName: string; failure: TUploadFailure };

/** Percent done, for the progress bar (0 when the size is unknown). */
export function uploadPercent(state: TUploadState): number {
  if (state.status === 'idle' || state.status === 'error' || state.bytesTotal === 0) return 0;
  return Math.floor((state.bytesSent / state.bytesTotal) * 100);
}

/**
 * One resumable evidence upload with its progress. `onUploaded` runs with the stored file's id (the caller
 * attaches it to the answer). Leaving the screen pauses the upload; choosing the same file later resumes it.
 */
export function useEvidenceUpload(
  target: TUploadTarget,
  onUploaded: (evidenceId: string, fileName: string) => void,
) {
  const [state, setState] = useState<TUploadState>({ status: 'idle' });
  const pauseRef = useRef<(() => void) | null>(null);
  const fileRef = useRef<File | null>(null);
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);
  useEffect(() => () => pauseRef.current?.(), []);

  const start = useCallback(
    (file: File) => {
      pauseRef.current?.();
      fileRef.current = file;
      setState({ status: 'uploading', fileName: file.name, bytesSent: 0, bytesTotal: file.size });
      pauseRef.current = startEvidenceUpload(file, target, {
        onProgress: (bytesSent, bytesTotal) =>
          setState({ status: 'uploading', fileName: file.name, bytesSent, bytesTotal }),
        onRetry: () => setState((s) => (s.status === 'uploading' ? { ...s, status: 'retrying' } : s)),
        onSuccess: (evidenceId) => {
          pauseRef.current = null;
          setState({ status: 'idle' });
          onUploadedRef.current(evidenceId, file.name);
        },
        onError: (failure) => {
          pauseRef.current = null;
          setState({ status: 'error', fileName: file.name, failure });
        },
      });
    },
    [target],
  );

  const pause = useCallback(() => {
    pauseRef.current?.();
    pauseRef.current = null;
    setState((s) => (s.status === 'uploading' || s.status === 'retrying' ? { ...s, status: 'paused' } : s));
  }, []);

  /** Continues a paused upload from the server's offset (tus finds it by the file's fingerprint). */
  const resume = useCallback(() => {
    if (fileRef.current) start(fileRef.current);
  }, [start]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, pause, resume, reset };
}
