import { DEFAULT_LANGUAGE, isLanguage, type TLanguage } from '@inovda/i18n';

export { isLanguage, LANGUAGES, type TLanguage } from '@inovda/i18n';

// The language list is the catalogue's (packages/i18n); this file only remembers the choice on the device.
const STORAGE_KEY = 'inovda.lang';

/** The browser's localStorage; absent outside a browser (Node tests), whatever the DOM types say. */
function browserStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** The language chosen earlier on this device, or Indonesian. */
export function readStoredLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
): TLanguage {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Private mode or a blocked storage: fall back to the default rather than failing to start.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(
  lng: TLanguage,
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
) {
  try {
    storage?.setItem(STORAGE_KEY, lng);
  } catch {
    // The choice then lasts for this visit only.
  }
}
