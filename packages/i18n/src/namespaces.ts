import type { TResources } from './resources.ts';

/**
 * The namespaces of the catalogue: one JSON file each in `locales/id` and `locales/en`. Listed here (not read
 * from the JSON) so the browser can know them without loading every text; the parity test checks the list.
 */
export const NAMESPACES = [
  'admin',
  'auth',
  'carry-over',
  'common',
  'dashboard',
  'documents',
  'editions',
  'email',
  'errors',
  'evidence',
  'exports',
  'import-report',
  'imports',
  'national',
  'notes',
  'notifications',
  'operator',
  'region',
  'send',
  'snapshots',
  'verifier',
] as const satisfies readonly (keyof TResources)[];

export type TNamespace = (typeof NAMESPACES)[number];

export function isNamespace(value: string): value is TNamespace {
  return (NAMESPACES as readonly string[]).includes(value);
}

/** The shared i18next options: `{{name}}` placeholders, no HTML escaping (nothing here renders raw HTML). */
export const I18N_OPTIONS = {
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
};
