// The repeated keys of a text that JSON.parse already accepted: one tight pass with no validation and almost
// no allocation (keys of an object are compared in a small array), so a national file of 18 MB costs a
// fraction of JSON.parse itself. The path of a repeated key is only built when one is found.

interface Frame {
  array: boolean;
  /** Array: index of the current element. */
  index: number;
  /** Object: keys seen so far; the current one is the last. */
  keys: string[];
}

const QUOTE = 34;
const BACKSLASH = 92;

/** Offset just past the string whose opening quote is at `start` (the text is valid JSON). */
function endOfString(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

function pathOf(stack: readonly Frame[]): PropertyKey[] {
  return stack.map((frame) => (frame.array ? frame.index : (frame.keys.at(-1) ?? '')));
}

/**
 * Every key repeated within one object of `text`, which must be valid JSON (check with `JSON.parse` first),
 * with its path and the offset of its second occurrence.
 */
export function findDuplicateKeys(text: string): { path: PropertyKey[]; offset: number }[] {
  const duplicates: { path: PropertyKey[]; offset: number }[] = [];
  const stack: Frame[] = [];
  // In an object, a string right after `{` or `,` is a key.
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = endOfString(text, i);
      if (expectKey) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        const frame = stack[stack.length - 1] as Frame;
        if (frame.keys.includes(key)) {
          frame.keys.push(key);
          duplicates.push({ path: pathOf(stack), offset: i });
        } else frame.keys.push(key);
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 123) {
      stack.push({ array: false, index: 0, keys: [] });
      expectKey = true;
    } else if (c === 91) {
      stack.push({ array: true, index: 0, keys: [] });
    } else if (c === 125 || c === 93) {
      stack.pop();
      expectKey = false;
    } else if (c === 44) {
      const frame = stack[stack.length - 1] as Frame;
      if (frame.array) frame.index++;
      expectKey = !frame.array;
    }
  }
  return duplicates;
}
