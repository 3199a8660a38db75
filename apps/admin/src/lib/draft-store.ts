/**
 * Drafts of forms, kept in this browser's localStorage so that nothing typed is lost on a server error, a
 * dropped connection or a reload. One entry per form and record (`profile:<innovationId>`).
 */
export interface TDraft<T> {
  values: T;
  /** When the draft was last written (ISO string). */
  savedAt: string;
  /** The record's server version the draft started from; a different version means someone saved since. */
  baseVersion: number | null;
}

const PREFIX = 'inovda.draft.';

type TStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): TStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readDraft<T>(key: string, storage = defaultStorage()): TDraft<T> | null {
  try {
    const raw = storage?.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<TDraft<T>> | null;
    if (!parsed || typeof parsed !== 'object' || !('values' in parsed) || typeof parsed.savedAt !== 'string')
      return null;
    return { values: parsed.values as T, savedAt: parsed.savedAt, baseVersion: parsed.baseVersion ?? null };
  } catch {
    // A corrupt entry is worth less than a working form.
    return null;
  }
}

/** Writes a draft; returns false when the browser refuses (storage full or disabled). */
export function writeDraft<T>(key: string, draft: TDraft<T>, storage = defaultStorage()): boolean {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify(draft));
    return Boolean(storage);
  } catch {
    return false;
  }
}

export function removeDraft(key: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: an unreadable storage has no draft to show either.
  }
}
