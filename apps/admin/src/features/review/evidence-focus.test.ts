import { describe, expect, it } from 'vitest';
import { pdfPageUrl, splitAtSnippet } from './evidence-focus';

describe('splitAtSnippet', () => {
  it('finds the snippet whatever the line breaks and letter case', () => {
    const text = 'BUPATI PATI\nPROVINSI JAWA TENGAH\n\nPERATURAN   BUPATI\nPATI\nNOMOR 27 TAHUN 2024';
    expect(splitAtSnippet(text, 'Peraturan Bupati Pati')).toEqual({
      before: 'BUPATI PATI\nPROVINSI JAWA TENGAH\n\n',
      match: 'PERATURAN   BUPATI\nPATI',
      after: '\nNOMOR 27 TAHUN 2024',
    });
  });

  it.each([
    ['', 'abc'],
    ['abc', null],
    ['abc', '   '],
    ['Keputusan Bupati', 'Peraturan Daerah'],
  ])('says null when there is nothing to mark (%s / %s)', (text, snippet) => {
    expect(splitAtSnippet(text, snippet)).toBeNull();
  });

  it('marks the first place and keeps the text whole', () => {
    const text = 'a  b c a b';
    const parts = splitAtSnippet(text, 'a b');
    expect(parts).toEqual({ before: '', match: 'a  b', after: ' c a b' });
    expect(`${parts?.before}${parts?.match}${parts?.after}`).toBe(text);
  });
});

describe('pdfPageUrl', () => {
  it('opens the viewer at the page (the first page needs no fragment)', () => {
    expect(pdfPageUrl('blob:http://x/1', 3)).toBe('blob:http://x/1#page=3');
    expect(pdfPageUrl('blob:http://x/1', 1)).toBe('blob:http://x/1');
    expect(pdfPageUrl('blob:http://x/1', null)).toBe('blob:http://x/1');
  });
});
