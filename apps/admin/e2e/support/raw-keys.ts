import type { Page } from 'playwright-core';

/**
 * Upper-case words a person legitimately reads: abbreviations of the domain and of file kinds. Anything else in
 * capitals with an underscore, or a long all-capital word, is a code that escaped its label.
 */
export const RAW_KEY_ALLOW_LIST = new Set([
  'IID',
  'OPD',
  'UPTD',
  'PDF',
  'SPD',
  'SID',
  'SDM',
  'IGA',
  'RSUD',
  'ASN',
  'DPRD',
  'BLUD',
  'UPT',
  'JPEG',
  'PNG',
  'MP4',
  'ZIP',
  'XLSX',
  'CSV',
  'JSON',
  'URL',
  'API',
  'NIK',
  'NIP',
  'KTP',
  'SMS',
  'WIB',
  'WITA',
  'WIT',
  'RPJMD',
  'RKPD',
  'SKPD',
  'BUMD',
  'PERDA',
  'PERBUP',
  'SOP',
  'TIK',
  'SIPD',
  'PPID',
  'QRIS',
  'PATI',
  'BPKAD',
  'BKPSDM',
  'SETDA',
  'DINKES',
]);

/** What the scan found on one screen: the offending word and a few words around it, to find it quickly. */
export interface TRawKey {
  word: string;
  context: string;
}

const CAMEL = /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g;
const SCREAMING = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{5,}\b/g;
/** Prisma model names joined to an id, or a cuid on its own (`IndicatorAnswer cmx…`). */
const CUID = /\bc[a-z0-9]{20,30}\b/g;
/** Dotted code paths such as `review.verdict` or `errors.PERIOD.X` (not e-mail addresses or host names). */
const DOTTED = /(?<![@\w.])[a-z]+\.(?:[a-z]+[A-Z]\w*|[A-Z][A-Z_]+)\b/g;

/**
 * Finds internal identifiers in a screen's visible text: camelCase keys (`isuStrategis`), SCREAMING_CASE codes
 * (`UJI_COBA`, `CONFIRMED`), dotted code paths and cuids. E-mail addresses and web addresses are skipped, and
 * the allow-list keeps abbreviations a person uses.
 */
export function findRawKeys(text: string): TRawKey[] {
  const cleaned = text.replace(/\S+@\S+/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ');
  const found: TRawKey[] = [];
  for (const pattern of [CAMEL, SCREAMING, CUID, DOTTED]) {
    for (const match of cleaned.matchAll(pattern)) {
      const word = match[0];
      if (RAW_KEY_ALLOW_LIST.has(word)) continue;
      const at = match.index ?? 0;
      const context = cleaned
        .slice(Math.max(0, at - 40), at + word.length + 40)
        .replace(/\s+/g, ' ')
        .trim();
      found.push({ word, context });
    }
  }
  return found;
}

/** Fails when the page's visible text holds a raw key, listing each with the words around it. */
export async function expectNoRawKeys(page: Page, where = page.url()) {
  const text = await page.evaluate(() => document.body.innerText);
  const keys = findRawKeys(text);
  if (keys.length > 0) {
    const lines = keys.map((k) => `  ${k.word}  (…${k.context}…)`);
    throw new Error(`${keys.length} raw key(s) on ${where}:\n${lines.join('\n')}`);
  }
}
