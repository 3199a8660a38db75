import { describe, expect, it } from 'vitest';
import { pickLang } from './lang.ts';

describe('pickLang', () => {
  it.each([
    [null, undefined, 'id'],
    [null, 'en-US,en;q=0.9', 'en'],
    [null, 'id-ID,id;q=0.9,en;q=0.8', 'id'],
    [null, 'fr-FR,en;q=0.5,id;q=0.4', 'en'],
    [null, 'en;q=0.3,id;q=0.7', 'id'],
    [null, 'de,fr', 'id'],
    [null, 'en;q=0', 'id'],
    ['en', 'id-ID', 'en'],
    ['id', 'en-US', 'id'],
    ['xx', 'en', 'en'],
  ] as const)('locale %s + Accept-Language %s -> %s', (locale, header, expected) => {
    expect(pickLang(locale, header)).toBe(expected);
  });
});
