import type { TLanguage } from './languages.ts';

/**
 * One namespace of one language as its own chunk, for the browser: the admin loads a namespace when a screen
 * first asks for it. Vite turns the template into one import per JSON file.
 */
export async function loadNamespace(lng: TLanguage, ns: string): Promise<Record<string, unknown>> {
  const mod = (await import(`../locales/${lng}/${ns}.json`)) as { default: Record<string, unknown> };
  return mod.default;
}
