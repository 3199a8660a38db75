import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { I18N_OPTIONS, isLanguage, isNamespace } from '@inovda/i18n';
import { loadNamespace } from '@inovda/i18n/lazy';
import { initReactI18next } from 'react-i18next';
import { readStoredLanguage, storeLanguage, type TLanguage } from './languages';

// The words live in the one catalogue (packages/i18n/locales/<lng>/<ns>.json). Every namespace is its own
// chunk, loaded when a screen first asks for it; only `common` (layout) and `errors` are needed for the first paint.
const jsonBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    if (!isLanguage(language) || !isNamespace(namespace)) {
      callback(new Error(`missing translations ${language}/${namespace}`), null);
      return;
    }
    loadNamespace(language, namespace).then(
      (texts) => callback(null, texts),
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
      ...I18N_OPTIONS,
      lng,
      // `errors` holds the words of every application code, shown wherever a call fails.
      ns: ['common', 'errors'],
      defaultNS: 'common',
    });
  return i18next;
}

/** Switches the UI language and remembers it on this device. */
export async function changeLanguage(lng: TLanguage) {
  storeLanguage(lng);
  applyLanguage(lng);
  await i18next.changeLanguage(lng);
}
