import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json.ts';

describe('parseJsonText', () => {
  it('parses JSON and ignores a UTF-8 byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{', 1, 2],
    ['', 1, 1],
  ])('reports the line and column of a syntax error in %j', (text, line, column) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line, column });
  });
});
