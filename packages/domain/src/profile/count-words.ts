// A word is a run of letters, marks or digits, joined by an apostrophe or a hyphen ("masing-masing" is one).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;

/**
 * Counts words in any script (Unicode letters and digits), ignoring HTML tags and entities that a rich-text
 * editor may leave: `countWords('<p>Dasar hukum:&nbsp;Perda 1/2022</p>')` is 5. Reduplicated Indonesian words
 * with a hyphen count once. Empty or whitespace-only text counts 0.
 */
export function countWords(text: string): number {
  return text.replace(TAG, ' ').replace(ENTITY, ' ').match(WORD)?.length ?? 0;
}
