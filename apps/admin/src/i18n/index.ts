import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, readStoredLanguage, storeLanguage, type TLanguage } from './languages';

// Every namespace is its own JSON file (src/locales/<lng>/<ns>.json) and its own chunk, loaded when a screen
// first asks for it; only `common` (layout, errors) is needed for the first paint.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

const jsonBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`missing translations ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (mod) => callback(null, mod.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function applyLanguage(lng: TLanguage) {
  document.documentElement.lang = lng;
  dayjs.locale(lng);
}

/** Starts i18next with the stored language (Indonesian by default) and English as the fallback. */
export async function initI18n(lng: TLanguage = readStoredLanguage()) {
  applyLanguage(lng);
  await i18next
    .use(jsonBackend)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return i18next;
}

/** Switches the UI language and remembers it on this device. */
export async function changeLanguage(lng: TLanguage) {
  storeLanguage(lng);
  applyLanguage(lng);
  await i18next.changeLanguage(lng);
}
