import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-args.ts';

describe('parseCliArgs', () => {
  it.each([
    [['score', 'a.json'], { kind: 'score', file: 'a.json', json: false, lang: 'id', limit: 10 }],
    [['score', '--json', '-'], { kind: 'score', file: '-', json: true, lang: 'id', limit: 10 }],
    [
      ['plan', '--lang', 'en', '--limit', '3', 'a.json'],
      { kind: 'plan', file: 'a.json', json: false, lang: 'en', limit: 3 },
    ],
    [
      ['plan', 'a.json', '--json', '--lang=en'],
      { kind: 'plan', file: 'a.json', json: true, lang: 'en', limit: 10 },
    ],
    [[], { kind: 'help', lang: 'id' }],
    [['--help', '--lang', 'en'], { kind: 'help', lang: 'en' }],
    [['-V'], { kind: 'version' }],
  ])('parses %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [['score'], 'tepat satu FILE'],
    [['score', 'a.json', 'b.json'], 'tepat satu FILE'],
    [['nilai', 'a.json'], 'Perintah tidak dikenal'],
    [['score', '--verbose', 'a.json'], 'Opsi tidak dikenal: --verbose'],
    [['score', 'a.json', '--lang'], 'Opsi --lang <value> memerlukan nilai'],
    [['score', '--json=yes', 'a.json'], 'Opsi --json tidak menerima nilai'],
    [['score', '--lang', 'jv', 'a.json'], '--lang harus'],
    [['plan', '--limit', '0', 'a.json'], '--limit harus'],
    [['plan', '--limit', '2.5', 'a.json'], '--limit harus'],
  ])('rejects %j with a bilingual message', (argv, words) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.id).toContain(words);
    expect(result.error.en.length).toBeGreaterThan(0);
    expect(result.error.en).not.toBe(result.error.id);
  });
});
