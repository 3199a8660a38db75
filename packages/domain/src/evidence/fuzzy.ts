/**
 * Text matching that survives OCR: text is folded to upper-case ASCII words, and words are compared with a
 * small edit distance that grows with their length, so "BUPATl" still reads as "BUPATI" and "KESEHATAM" as
 * "KESEHATAN", while short words ("DAN", "NO") must match exactly.
 */

/** Upper-case, accents removed, every run of non-alphanumerics one space. */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** The words of a folded text. */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

// OCR confuses digits and letters of similar shape inside words.
const LOOKALIKE: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '6': 'G' };

/** A word with look-alike digits read as letters, when the word is mostly letters. */
function letterShape(word: string): string {
  const letters = word.replace(/[^A-Z]/g, '').length;
  if (letters * 2 < word.length) return word;
  return word.replace(/[0-9]/g, (d) => LOOKALIKE[d] ?? d);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How many edits a word of this length may have and still match (0 below 4 letters). */
function allowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 4) return 1;
  return 0;
}

// Documents repeat the same words, so comparisons are remembered (a pure function: the cache changes no result).
const SAME_WORD_CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 100_000;

/** True when two folded words are the same word, allowing for OCR errors. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || a.length < 4 || b.length < 4) {
    // Only look-alike digits can make words of 1-3 letters (or of very different lengths) the same.
    return a.length === b.length && letterShape(a) === letterShape(b);
  }
  const key = `${a}|${b}`;
  const known = SAME_WORD_CACHE.get(key);
  if (known !== undefined) return known;
  const x = letterShape(a);
  const y = letterShape(b);
  const limit = allowance(Math.min(x.length, y.length));
  const same = x === y || (limit > 0 && editDistance(x, y, limit) <= limit);
  if (SAME_WORD_CACHE.size >= CACHE_LIMIT) SAME_WORD_CACHE.clear();
  SAME_WORD_CACHE.set(key, same);
  return same;
}

/**
 * The index in `haystack` where the words of `needle` start, in order and adjacent, or -1. Two neighbouring
 * haystack words may stand for one needle word (OCR splits "KEPUTUSAN" into "KEPU TUSAN") and the reverse.
 */
export function findWords(haystack: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return -1;
  for (let start = from; start < haystack.length; start++) {
    if (matchesAt(haystack, start, needle) >= 0) return start;
  }
  return -1;
}

/** The haystack index just after a match of `needle` at `start`, or -1. */
export function matchesAt(haystack: readonly string[], start: number, needle: readonly string[]): number {
  let h = start;
  for (const word of needle) {
    const here = haystack[h];
    if (here === undefined) return -1;
    if (sameWord(here, word)) {
      h += 1;
      continue;
    }
    const joined = here + (haystack[h + 1] ?? '');
    if (haystack[h + 1] !== undefined && sameWord(joined, word)) {
      h += 2;
      continue;
    }
    return -1;
  }
  return h;
}

/** Similarity 0..1 of two folded strings (1 - distance / longer length). */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(letterShape(a), letterShape(b)) / longer;
}
