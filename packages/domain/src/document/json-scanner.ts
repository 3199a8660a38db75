// A strict JSON (RFC 8259) scanner that builds no values: it finds the first syntax error, or every key that
// an object repeats. `JSON.parse` keeps the last of two equal keys without a word; for a portfolio that means
// a tier or an urusan silently replaced, so repeated keys are reported instead, with their path and place.

/** Where the scan stopped: the first syntax error (offset and what was expected) or the repeated keys. */
export type JsonScan =
  | { ok: true; duplicates: { path: PropertyKey[]; offset: number }[] }
  | { ok: false; offset: number; expected: JsonExpectation };

/** What the scanner expected where it stopped. */
export type JsonExpectation =
  'value' | 'key' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'end' | 'string-end' | 'string-char';

interface Frame {
  array: boolean;
  index: number;
  key: string;
  keys: Set<string> | undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Offset just past a JSON string starting at `start` (its opening quote), or the failing offset negated - 1. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return -(text.length + 1);
    // Control characters are not allowed raw inside a string.
    for (let j = i; j < quote; j++) {
      const c = text.charCodeAt(j);
      if (c < 32) return -(j + 1);
      if (c === BACKSLASH) {
        const next = text.charCodeAt(j + 1);
        if (next === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
          j += 5;
        } else if ('"\\/bfnrt'.includes(text[j + 1] ?? '')) j++;
        else return -(j + 1);
      }
    }
    // The quote found may have been consumed as an escape (`\"`): then search on from after it.
    let backslashes = 0;
    for (let j = quote - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** Offset past a number or literal at `i`, or -1 when none starts there. */
function skipScalar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || (c >= 48 && c <= 57)) {
    NUMBER.lastIndex = i;
    return NUMBER.test(text) ? NUMBER.lastIndex : -1;
  }
  for (const literal of LITERALS) if (text.startsWith(literal, i)) return i + literal.length;
  return -1;
}

function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/** Scans `text` in one pass; see {@link JsonScan}. */
export function scanJson(text: string): JsonScan {
  const duplicates: { path: PropertyKey[]; offset: number }[] = [];
  const stack: Frame[] = [];
  const fail = (offset: number, expected: JsonExpectation): JsonScan => ({ ok: false, offset, expected });
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  // Reads an object key at i (after `{` or `,`), records a duplicate, and consumes the colon.
  const readKey = (frame: Frame): JsonScan | undefined => {
    skipSpace();
    if (text.charCodeAt(i) !== QUOTE) return fail(i, 'key');
    const end = skipString(text, i);
    if (end < 0) return fail(-end - 1, text.length === -end - 1 ? 'string-end' : 'string-char');
    const key = keyText(text, i, end);
    frame.keys ??= new Set();
    if (frame.keys.has(key)) {
      duplicates.push({ path: [...stack.slice(0, -1).map(segment), key], offset: i });
    } else frame.keys.add(key);
    frame.key = key;
    i = end;
    skipSpace();
    if (text.charCodeAt(i) !== 58) return fail(i, 'colon');
    i++;
    return undefined;
  };
  for (;;) {
    // A value is expected at i.
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      const frame: Frame = { array: c === 91, index: 0, key: '', keys: undefined };
      stack.push(frame);
      i++;
      skipSpace();
      const close = frame.array ? 93 : 125;
      if (text.charCodeAt(i) !== close) {
        if (!frame.array) {
          const failed = readKey(frame);
          if (failed) return failed;
        }
        continue;
      }
      i++;
      stack.pop();
    } else if (c === QUOTE) {
      const end = skipString(text, i);
      if (end < 0) return fail(-end - 1, text.length === -end - 1 ? 'string-end' : 'string-char');
      i = end;
    } else {
      const end = skipScalar(text, i);
      if (end < 0) return fail(i, 'value');
      i = end;
    }
    // After a value: close containers, or a comma and the next element.
    for (;;) {
      skipSpace();
      const frame = stack.at(-1);
      if (frame === undefined) {
        return i === text.length ? { ok: true, duplicates } : fail(i, 'end');
      }
      const d = text.charCodeAt(i);
      if (d === (frame.array ? 93 : 125)) {
        i++;
        stack.pop();
        continue;
      }
      if (d !== 44) return fail(i, frame.array ? 'comma-or-bracket' : 'comma-or-brace');
      i++;
      if (frame.array) frame.index++;
      else {
        const failed = readKey(frame);
        if (failed) return failed;
      }
      break;
    }
  }
}

function segment(frame: Frame): PropertyKey {
  return frame.array ? frame.index : frame.key;
}
