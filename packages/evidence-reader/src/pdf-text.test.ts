import { describe, expect, it } from 'vitest';
import { itemsToLines } from './pdf-text.ts';

const item = (str: string, x: number, y: number, w = str.length * 5, h = 10) => ({ str, x, y, w, h });

describe('itemsToLines', () => {
  it('joins items on one baseline left to right, lines top to bottom', () => {
    expect(itemsToLines([item('PATI', 60, 700), item('BUPATI', 20, 700), item('NOMOR 1', 20, 680)])).toBe(
      'BUPATI PATI\nNOMOR 1',
    );
  });

  it('keeps words that touch together and drops empty items', () => {
    expect(itemsToLines([item('Kepu', 0, 10, 20), item('tusan', 20, 10), item(' ', 60, 10)])).toBe(
      'Keputusan',
    );
  });
});
