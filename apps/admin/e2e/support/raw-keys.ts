import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Upper-case words a person legitimately reads: abbreviations of the domain and of file kinds. Anything else in
 * capitals with an underscore, or a single-word enum code (below), is a code that escaped its label.
 */
const RAW_KEY_ALLOW_LIST = new Set([
  'IID',
  'OPD',
  'UPTD',
  'PDF',
  'SPD',
  'ASN',
  'RSUD',
  'JPEG',
  'PNG',
  'MP4',
  'CSV',
  'XLSX',
]);

/** camelCase words that are the source's own wording (the technical guide writes "superApps"). */
const CAMEL_ALLOW_LIST = new Set(['superApps']);

/**
 * Single-word codes (`CONFIRMED`, `PLANNING`, `DIGITAL`): every value of the Prisma enums plus the domain's own
 * codes. A capitalised word that is not one of these (an acronym such as "SIJAKAPATI", a quoted "KEPUTUSAN
 * BUPATI") is what a person wrote, not a code; codes with an underscore are caught whatever they are.
 */
function knownCodes(): Set<string> {
  const schema = readFileSync(
    resolve(import.meta.dirname, '../../../../packages/db/prisma/schema.prisma'),
    'utf8',
  );
  const codes = new Set([
    'CONFIRMED',
    'SECONDARY',
    'UNCONFIRMED',
    'INOVATIF',
    'APPROVE',
    'REJECT',
    'SUBMIT',
    'REOPEN',
  ]);
  for (const block of schema.matchAll(/^enum \w+ \{([^}]*)\}/gm)) {
    for (const line of (block[1] ?? '').split('\n'))
      if (/^\s*[A-Z][A-Z0-9_]*\s*$/.test(line)) codes.add(line.trim());
  }
  for (const allowed of RAW_KEY_ALLOW_LIST) codes.delete(allowed);
  return codes;
}

const KNOWN_CODES = knownCodes();

/** What the scan found on one screen: the offending word and a few words around it, to find it quickly. */
export interface TRawKey {
  word: string;
  context: string;
}

const CAMEL = /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g;
const SCREAMING = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)+(?![a-z])|\b[A-Z][A-Z0-9]{2,}\b/g;
/** Prisma model names joined to an id, or a cuid on its own (`IndicatorAnswer cmx…`). */
const CUID = /\bc[a-z0-9]{20,30}\b/g;
/** Dotted code paths such as `review.verdict` or `errors.PERIOD.X` (not e-mail addresses or host names). */
const DOTTED =
  /(?<![@\w./-])[a-z][a-zA-Z-]{2,}\.(?!(?:pdf|png|jpe?g|mp4|xlsx|csv|zip|json|com|org|net|id)\b)[a-z][a-zA-Z_-]{2,}\b(?![./])/g;

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
      if (RAW_KEY_ALLOW_LIST.has(word) || CAMEL_ALLOW_LIST.has(word)) continue;
      if (pattern === SCREAMING && !word.includes('_') && !KNOWN_CODES.has(word)) continue;
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

/** The page's visible text, each text node on its own line. */
export async function readVisibleText(page: Page): Promise<string> {
  // Each visible text node on its own: `innerText` glues neighbours ("Belum ada" + "Sudah ada" = "adaSudah").
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (parent.closest('script, style, noscript, [aria-hidden="true"]')) continue;
      if (node.textContent?.trim()) parts.push(node.textContent);
    }
    return parts.join('\n');
  });
}

/** Fails when the page's visible text holds a raw key, listing each with the words around it. */
export async function expectNoRawKeys(page: Page, where = page.url()) {
  const keys = findRawKeys(await readVisibleText(page));
  if (keys.length > 0) {
    const lines = keys.map((k) => `  ${k.word}  (…${k.context}…)`);
    throw new Error(`${keys.length} raw key(s) on ${where}:\n${lines.join('\n')}`);
  }
}
