import i18next, { type i18n as TI18n } from 'i18next';
import { DEFAULT_LANGUAGE, type TLanguage } from './languages.ts';
import type { TKeyOf } from './keys.ts';
import { I18N_OPTIONS, NAMESPACES, type TNamespace } from './namespaces.ts';
import { EN_RESOURCES, ID_RESOURCES, type TResources } from './resources.ts';

/** Both languages, as i18next's `resources` option takes them. */
export const RESOURCES = { id: ID_RESOURCES, en: EN_RESOURCES } as const;

let shared: TI18n | undefined;

/**
 * One i18next instance over the whole catalogue, loaded synchronously (for Node: the API, the CLI, tests). It is
 * separate from the global `i18next` the admin drives, so a server language switch never leaks into another.
 */
export function catalogue(): TI18n {
  if (shared) return shared;
  const instance = i18next.createInstance();
  void instance.init({
    ...I18N_OPTIONS,
    lng: DEFAULT_LANGUAGE,
    ns: [...NAMESPACES],
    resources: RESOURCES,
    initAsync: false,
  });
  shared = instance;
  return instance;
}

export type TParams = Record<string, unknown>;

/** A text of the catalogue in one language: typed namespace and key, `{{name}}` filled from params. */
export function translate<NS extends TNamespace>(
  lng: TLanguage,
  ns: NS,
  key: TKeyOf<TResources[NS]>,
  params: TParams = {},
): string {
  return catalogue().t(key, { ...params, lng, ns });
}
