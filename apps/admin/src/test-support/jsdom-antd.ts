// For component tests of antd screens in jsdom: the layout APIs antd asks for, and i18next with the namespaces
// a test loads itself (the app's lazy JSON backend is not used in tests).
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from 'vitest';

/**
 * Installs what antd's layout needs and jsdom does not have: a ResizeObserver that observes nothing and a
 * matchMedia that reports "no match" (the desktop layout). Test-only; the browser has the real ones.
 */
export function installJsdomLayoutApis(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

/** Starts i18next in Indonesian with the given translations. */
export async function initTestI18n(resources: Resource): Promise<void> {
  await i18next.use(initReactI18next).init({ lng: 'id', resources, interpolation: { escapeValue: false } });
}
