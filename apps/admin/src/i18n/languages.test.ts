import { describe, expect, it } from 'vitest';
import { readStoredLanguage, storeLanguage } from './languages';

describe('language persistence', () => {
  it('defaults to Indonesian', () => {
    expect(readStoredLanguage(localStorage)).toBe('id');
  });
  it('remembers English once chosen', () => {
    storeLanguage('en', localStorage);
    expect(readStoredLanguage(localStorage)).toBe('en');
  });
  it('ignores a value it does not know', () => {
    localStorage.setItem('inovda.lang', 'fr');
    expect(readStoredLanguage(localStorage)).toBe('id');
  });
  it('survives a storage that throws (private mode)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLanguage(broken)).toBe('id');
  });
});
