// Where the verifier's preview should look: the file, page and snippet of a finding the verifier clicked, and
// how the snippet is found in the text read from that page (spaces and letter case may differ: OCR breaks
// lines, the domain trims them).

/** The finding opened in the preview; `n` counts clicks so clicking the same finding again scrolls back to it. */
export interface TEvidenceFocus {
  evidenceId: string;
  page: number;
  snippet: string | null;
  n: number;
}

/** The PDF viewer's address for a page of a blob: URL (Chromium's and Firefox's viewers read `#page=N`). */
export function pdfPageUrl(url: string, page: number | null | undefined): string {
  return page && page > 1 ? `${url}#page=${page}` : url;
}

/**
 * Splits `text` around the first place where `snippet` occurs, ignoring letter case and how white space is laid
 * out; null when the snippet is empty or not in the text.
 */
export function splitAtSnippet(
  text: string,
  snippet: string | null,
): { before: string; match: string; after: string } | null {
  const wanted = (snippet ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  if (wanted === '') return null;
  // The text folded the same way, with the index in `text` of each folded character.
  let folded = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      space = folded.length > 0;
      continue;
    }
    if (space) {
      folded += ' ';
      at.push(i);
      space = false;
    }
    folded += char.toLocaleLowerCase('id');
    at.push(i);
  }
  const start = folded.indexOf(wanted);
  if (start < 0) return null;
  const from = at[start] ?? 0;
  const to = (at[start + wanted.length - 1] ?? from) + 1;
  return { before: text.slice(0, from), match: text.slice(from, to), after: text.slice(to) };
}
