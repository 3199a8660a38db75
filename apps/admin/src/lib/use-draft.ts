import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft, type TDraft } from './draft-store';

export interface TUseDraft<T> {
  /** The draft found when the form opened (to restore), until it is dismissed or cleared. */
  restored: TDraft<T> | null;
  /** Remember these values (written after `delayMs` of quiet, so typing stays fast). */
  save: (values: T) => void;
  /** Forget the draft: after a successful save, or when the user discards it. */
  clear: () => void;
  /** Hide the restore notice but keep saving. */
  dismiss: () => void;
}

/**
 * Keeps a form's unsaved values in localStorage under `key` (null: no draft, e.g. before the record loaded).
 * Pending writes are flushed when the page is hidden or the form unmounts, so a reload right after typing
 * keeps the last keystrokes too.
 */
export function useDraft<T>(
  key: string | null,
  { baseVersion = null, delayMs = 400 }: { baseVersion?: number | null; delayMs?: number } = {},
): TUseDraft<T> {
  const [restored, setRestored] = useState<TDraft<T> | null>(() => (key ? readDraft<T>(key) : null));
  const [loadedKey, setLoadedKey] = useState(key);
  const pending = useRef<{ values: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A different record (key) has its own draft; read it during render so the first paint already knows.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setRestored(key ? readDraft<T>(key) : null);
  }

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!key || !pending.current) return;
    writeDraft<T>(key, { values: pending.current.values, savedAt: new Date().toISOString(), baseVersion });
    pending.current = null;
  }, [key, baseVersion]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const save = useCallback(
    (values: T) => {
      pending.current = { values };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    if (key) removeDraft(key);
    setRestored(null);
  }, [key]);

  const dismiss = useCallback(() => setRestored(null), []);

  return { restored, save, clear, dismiss };
}
