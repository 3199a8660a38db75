import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { summarizeWords, useWordCount } from './use-word-count';

const KEYS = ['a', 'b', 'c'] as const;

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
}

describe('summarizeWords', () => {
  it('counts each section and the total', () => {
    const summary = summarizeWords(
      { a: 'Dasar hukum: Perda 1/2022', b: 'masing-masing unit', c: '' },
      KEYS,
      300,
    );
    expect(summary.perSection).toEqual({ a: 5, b: 2, c: 0 });
    expect(summary.total).toBe(7);
    expect(summary.remaining).toBe(293);
    expect(summary.enough).toBe(false);
  });

  it.each([
    [299, false, 1],
    [300, true, 0],
    [301, true, 0],
  ])('%i words against a minimum of 300: enough=%s, remaining=%i', (n, enough, remaining) => {
    const summary = summarizeWords({ a: words(n - 100), b: words(100) }, KEYS, 300);
    expect(summary.total).toBe(n);
    expect(summary.enough).toBe(enough);
    expect(summary.remaining).toBe(remaining);
  });

  it('treats missing and null sections as empty', () => {
    expect(summarizeWords({ a: null }, KEYS, 10)).toMatchObject({
      total: 0,
      perSection: { a: 0, b: 0, c: 0 },
    });
  });
});

describe('useWordCount', () => {
  it('follows the text as it changes', () => {
    const { result, rerender } = renderHook(({ text }) => useWordCount({ a: text }, KEYS, 3), {
      initialProps: { text: 'satu dua' },
    });
    expect(result.current).toMatchObject({ total: 2, enough: false, remaining: 1 });
    rerender({ text: 'satu dua tiga' });
    expect(result.current).toMatchObject({ total: 3, enough: true, remaining: 0 });
  });
});
