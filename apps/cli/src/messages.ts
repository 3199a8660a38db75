import type { Lang } from './parse-args.ts';

/** Predicate labels as printed in tables. */
export const PREDICATE_LABEL: Record<string, Record<Lang, string>> = {
  SANGAT_INOVATIF: { id: 'Sangat Inovatif', en: 'Very innovative (Sangat Inovatif)' },
  INOVATIF: { id: 'Inovatif', en: 'Innovative (Inovatif)' },
  KURANG_INOVATIF: { id: 'Kurang Inovatif', en: 'Less innovative (Kurang Inovatif)' },
  TIDAK_DAPAT_DINILAI: { id: 'Tidak Dapat Dinilai', en: 'Cannot be assessed (Tidak Dapat Dinilai)' },
};

/** Formats a number for people: Indonesian uses a decimal comma, English a decimal point. */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** Picks the text for the language; errors print Indonesian first and English second unless `--lang en`. */
export function bilingual(message: { id: string; en: string }, lang: Lang): string {
  return lang === 'en' ? message.en : `${message.id}\n    (${message.en})`;
}
