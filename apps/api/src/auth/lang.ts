// The language of messages: the signed-in user's locale, else the browser's Accept-Language, else Indonesian.
import type { Lang } from '../errors.ts';

export const LANGS = ['id', 'en'] as const;

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/** Picks 'id' or 'en' from an Accept-Language header by quality, defaulting to Indonesian. */
export function pickLang(userLocale: string | null | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(userLocale)) return userLocale;
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranked.find((entry) => isLang(entry.base));
  return best && isLang(best.base) ? best.base : 'id';
}
