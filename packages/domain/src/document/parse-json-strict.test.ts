import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParsedKeys, countWrittenKeys } from './count-keys.ts';
import { findDuplicateKeys } from './find-duplicate-keys.ts';
import { scanJson } from './json-scanner.ts';
import { parseJsonStrict } from './parse-json-strict.ts';

function issuesOf(text: string) {
  const result = parseJsonStrict(text);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map(({ code, path, line, column }) => ({ code, path, line, column }));
}

describe('parseJsonStrict', () => {
  it('parses valid JSON and ignores a leading byte order mark', () => {
    expect(parseJsonStrict('\uFEFF{"a": [1, {"b": null}], "c": "x\\"y"}')).toEqual({
      ok: true,
      value: { a: [1, { b: null }], c: 'x"y' },
    });
  });

  it('reports a key repeated in one object with its path and line, where JSON.parse keeps the last', () => {
    const text = [
      '{',
      '  "edition": "iga-2026",',
      '  "spd": { "1": 3, "2a": 1 },',
      '  "innovations": [',
      '    { "id": "a", "urusan": "sosial", "indicators": { "16": 3, "17": 1, "16": 0 } },',
      '    { "id": "b", "urusan": "kesehatan", "urusan": "pariwisata", "indicators": {} }',
      '  ],',
      '  "spd": {}',
      '}',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      { code: 'PORTFOLIO.DUPLICATE_KEY', path: 'innovations[0].indicators.16', line: 5, column: 72 },
      { code: 'PORTFOLIO.DUPLICATE_KEY', path: 'innovations[1].urusan', line: 6, column: 41 },
      { code: 'PORTFOLIO.DUPLICATE_KEY', path: 'spd', line: 8, column: 3 },
    ]);
    const result = parseJsonStrict(text);
    expect(!result.ok && result.issues[0]?.message.id).toContain('"16"');
    expect(!result.ok && result.issues[0]?.message.en).toContain('more than once');
  });

  it('compares keys by their decoded text ("\\u0061" is "a") and allows equal keys in different objects', () => {
    expect(issuesOf('{"a":1,"\\u0061":2}')).toEqual([
      { code: 'PORTFOLIO.DUPLICATE_KEY', path: 'a', line: 1, column: 8 },
    ]);
    expect(parseJsonStrict('{"a":{"a":1},"b":[{"a":1},{"a":2}]}').ok).toBe(true);
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'key'],
    ['{\n  "a": [1, 2\n}', 3, 1, '"]"'],
    ['{"a" 1}', 1, 6, '":"'],
    ['', 1, 1, 'kosong'],
    ['{"a": tru}', 1, 7, 'nilai'],
    ['{} x', 1, 4, 'setelah'],
    ['{"a": "x\ny"}', 1, 9, 'kontrol'],
    ['{"a": 01}', 1, 8, '"}"'],
    ['{"a": "abc', 1, 11, 'ditutup'],
  ])('locates the syntax error in %j at %i:%i', (text, line, column, word) => {
    const result = parseJsonStrict(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'PORTFOLIO.INVALID_JSON', path: '', line, column });
    expect(`${result.issues[0]?.message.id} ${result.issues[0]?.message.en}`).toContain(word);
  });

  it('accepts exactly what JSON.parse accepts (random JSON, and random mutations of it)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (text, at, insert) => {
        expect(scanJson(text)).toEqual({ ok: true, duplicates: [] });
        const mutated = text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(mutated);
        } catch {
          valid = false;
        }
        expect(scanJson(mutated).ok).toBe(valid);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('finds the same repeated keys, paths and places as the validating scanner (random documents)', () => {
    // Objects as lists of entries with keys from a small alphabet, so keys repeat; strings may hold quotes,
    // backslashes, colons and braces.
    const text = fc.string({ unit: fc.constantFrom('a', '"', '\\', ':', '{', ',', ' ', 'é'), maxLength: 4 });
    const { value } = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text.map((s) => JSON.stringify(s)),
        fc.integer().map(String),
        fc.constantFrom('true', 'null'),
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[ ${items.join(' , ')} ]`),
        fc
          .array(fc.tuple(fc.constantFrom('a', 'b', 'a\\u0062', '"'), tie('value')), { maxLength: 4 })
          .map(
            (entries) => `{${entries.map(([key, item]) => `${JSON.stringify(key)} :${item}`).join(',\n')}}`,
          ),
      ),
    }));
    fc.assert(
      fc.property(value, (doc) => {
        const scan = scanJson(doc);
        expect(scan.ok).toBe(true);
        const duplicates = scan.ok ? scan.duplicates : [];
        expect(findDuplicateKeys(doc)).toEqual(duplicates);
        // The fast proof: equal counts exactly when nothing repeats.
        expect(countWrittenKeys(doc) === countParsedKeys(JSON.parse(doc))).toBe(duplicates.length === 0);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
