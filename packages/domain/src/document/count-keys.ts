// A cheap proof that a valid JSON text repeats no key: count the keys written in the text (strings followed by
// a colon, found by jumping from quote to quote) and the keys of the value JSON.parse built. A repeated key
// is written twice but kept once, so the counts are equal exactly when no object repeats a key. Only when they
// differ does the slower pass that names each repeated key's path run.

const BACKSLASH = 92;

/** Number of object keys written in `text`, which must be valid JSON. */
export function countWrittenKeys(text: string): number {
  let count = 0;
  let open = text.indexOf('"');
  while (open >= 0) {
    let close = text.indexOf('"', open + 1);
    // A quote preceded by an odd number of backslashes is escaped: the string goes on.
    while (text.charCodeAt(close - 1) === BACKSLASH) {
      let backslashes = 0;
      for (let j = close - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    let next = close + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58) count++;
    open = text.indexOf('"', next);
  }
  return count;
}

/** Number of own keys of every object in a parsed JSON value. */
export function countParsedKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) count += countParsedKeys(value[i]);
    return count;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  count = keys.length;
  for (let i = 0; i < keys.length; i++) {
    const child = record[keys[i] as string];
    if (child !== null && typeof child === 'object') count += countParsedKeys(child);
  }
  return count;
}
