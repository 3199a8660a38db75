import type { TDocumentIssuer, TDocumentKind } from './document-kinds.ts';
import { findWords, matchesAt, sameWord, words } from './fuzzy.ts';
import {
  EXTERNAL_MARKERS,
  HEAD_TITLES,
  KIND_PATTERNS,
  ON_BEHALF,
  UNIT_HEAD_TITLES,
} from './kind-patterns.ts';
import { type ReadDate, dateKey, readDates, yearOf } from './read-dates.ts';
import { type EvidencePage, type TextLine, snippetOf, toLines } from './text-lines.ts';

/** Where something was read: page and the line as read. */
export interface TextSpot {
  readonly page: number;
  readonly snippet: string;
  /** True when the page was read by OCR (a person should confirm what was read there). */
  readonly ocr: boolean;
}

/** What the text of one document says about itself. */
export interface DocumentFacts {
  readonly kind: TDocumentKind | null;
  /** The title as read (e.g. "PERATURAN BUPATI PATI"), where the kind was recognised. */
  readonly title: (TextSpot & { readonly text: string }) | null;
  readonly issuer: TDocumentIssuer | null;
  /** The document number as written after "Nomor", if any. */
  readonly number: string | null;
  /** The year the document was issued or enacted. */
  readonly year: (TextSpot & { readonly value: number }) | null;
  /** The fiscal/plan year of a budget or planning document ("Tahun Anggaran 2025"). */
  readonly fiscalYear: (TextSpot & { readonly value: number }) | null;
  /** The date of the activity the document is about (an invitation, attendance list, certificate). */
  readonly eventDate: (TextSpot & { readonly value: string }) | null;
  /** Where the document names the innovation, or null. */
  readonly namesInnovation: TextSpot | null;
  /** True when any page was read by OCR. */
  readonly ocr: boolean;
}

const HEAD_LINES = 14;

function spot(line: TextLine, span = 1, lines?: readonly TextLine[]): TextSpot {
  return { page: line.page, snippet: lines ? snippetOf(lines, line.index, span) : line.raw, ocr: line.ocr };
}

function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function detectKind(head: readonly TextLine[], lines: readonly TextLine[]) {
  for (let i = 0; i < head.length; i++) {
    const line = head[i];
    if (!line) continue;
    const joined = [...line.words, ...(head[i + 1]?.words ?? [])];
    const headWords = head.flatMap((l) => l.words);
    for (const pattern of KIND_PATTERNS) {
      const hit = pattern.phrases.find((phrase) => {
        const at = findWords(joined, phrase);
        return at >= 0 && at < line.words.length;
      });
      if (!hit) continue;
      if (pattern.alsoAny && !pattern.alsoAny.some((word) => headWords.some((h) => sameWord(h, word)))) {
        if (!lines.some((l) => pattern.alsoAny?.some((word) => l.words.some((h) => sameWord(h, word)))))
          continue;
      }
      const span = findWords(line.words, hit) >= 0 ? 1 : 2;
      const text = titleCase(snippetOf(lines, line.index, span));
      return { kind: pattern.kind, title: { ...spot(line, span, lines), text }, headIndex: i };
    }
  }
  return null;
}

function hasOnBehalfOfHead(lines: readonly TextLine[]): boolean {
  return lines.some((line) =>
    line.words.some((_, i) =>
      ON_BEHALF.some((form) => {
        const after = matchesAt(line.words, i, form);
        return after >= 0 && HEAD_TITLES.some((title) => matchesAt(line.words, after, title) >= 0);
      }),
    ),
  );
}

function startsWithAny(line: TextLine, titles: readonly (readonly string[])[]): boolean {
  return titles.some((title) => matchesAt(line.words, 0, title) >= 0);
}

function detectIssuer(
  kind: TDocumentKind,
  title: string,
  head: readonly TextLine[],
  lines: readonly TextLine[],
) {
  const titleWords = words(title);
  const headWords = head.flatMap((l) => l.words);
  switch (kind) {
    case 'PERATURAN_DAERAH':
    case 'PERATURAN_KEPALA_DAERAH':
      return 'KEPALA_DAERAH';
    case 'LAPORAN_PENELITIAN':
      return EXTERNAL_MARKERS.some((m) => findWords(headWords, m) >= 0) ? 'EXTERNAL' : 'KEPALA_PD';
    case 'KEPUTUSAN':
    case 'SURAT_TUGAS': {
      if (kind === 'KEPUTUSAN' && HEAD_TITLES.some((t) => findWords(titleWords, ['KEPUTUSAN', ...t]) >= 0)) {
        return 'KEPALA_DAERAH';
      }
      if (hasOnBehalfOfHead(lines)) return 'KEPALA_PD_AN_KD';
      // A regional head signs with a short line of its title and the region ("BUPATI PATI").
      const headSigns = lines.some((l) => l.words.length <= 4 && startsWithAny(l, HEAD_TITLES));
      if (kind === 'SURAT_TUGAS' && headSigns) return 'KEPALA_DAERAH';
      return 'KEPALA_PD';
    }
    case 'DOKUMEN_ANGGARAN':
    case 'RKPD':
    case 'UNDANGAN':
    case 'DAFTAR_HADIR':
    case 'SERTIFIKAT':
    case 'SOP':
    case 'PERJANJIAN_KERJA_SAMA':
    case 'SURAT_PERNYATAAN_REPLIKASI':
    case 'LAPORAN_MONEV':
    case 'LAPORAN_SKM':
    case 'DAFTAR_PENERIMA_MANFAAT':
    case 'LAPORAN':
    case 'PROPOSAL':
      // Only the kinds above are judged by their issuer; for these it is said when a unit head signs.
      return lines.some((l) => startsWithAny(l, UNIT_HEAD_TITLES)) ? 'KEPALA_PD' : null;
  }
}

function readNumber(head: readonly TextLine[]): string | null {
  for (const line of head) {
    const at = line.words.findIndex((w) => sameWord(w, 'NOMOR'));
    if (at !== 0) continue;
    const rest = line.raw.replace(/^\s*nomor\s*:?\s*/i, '').trim();
    if (rest) return rest.slice(0, 60);
  }
  return null;
}

function lastDate(lines: readonly TextLine[], accept: (line: TextLine) => boolean) {
  let found: { line: TextLine; date: ReadDate } | null = null;
  for (const line of lines) {
    if (!accept(line)) continue;
    const dates = readDates(line.words);
    const last = dates.at(-1);
    if (last) found = { line, date: last };
  }
  return found;
}

function readIssueYear(head: readonly TextLine[], lines: readonly TextLine[], isRegulation: boolean) {
  const enacted = lastDate(lines, (l) =>
    l.words.some((w) => sameWord(w, 'DITETAPKAN') || sameWord(w, 'DIUNDANGKAN')),
  );
  if (enacted) return { ...spot(enacted.line), value: enacted.date.year };
  if (isRegulation) {
    for (const line of head) {
      const at = line.words.findIndex((w) => sameWord(w, 'NOMOR'));
      const tahun = line.words.findIndex((w, i) => i > at && sameWord(w, 'TAHUN'));
      const year = at >= 0 && tahun > at ? yearOf(line.words[tahun + 1]) : null;
      if (year !== null) return { ...spot(line), value: year };
    }
  }
  const signed = lastDate(lines, () => true);
  if (signed) return { ...spot(signed.line), value: signed.date.year };
  for (const line of head) {
    const slash = /\/(\d{4})\s*$/.exec(line.raw);
    const year = yearOf(slash?.[1]);
    if (year !== null && sameWord(line.words[0] ?? '', 'NOMOR')) return { ...spot(line), value: year };
  }
  return null;
}

function readFiscalYear(head: readonly TextLine[], lines: readonly TextLine[]) {
  for (const line of lines.slice(0, 30)) {
    const at = line.words.findIndex(
      (w, i) => sameWord(w, 'TAHUN') && sameWord(line.words[i + 1] ?? '', 'ANGGARAN'),
    );
    const year = at >= 0 ? yearOf(line.words[at + 2]) : null;
    if (year !== null) return { ...spot(line), value: year };
  }
  for (const line of head) {
    const at = line.words.findIndex((w) => sameWord(w, 'TAHUN'));
    const year = at >= 0 ? yearOf(line.words[at + 1]) : null;
    if (year !== null) return { ...spot(line), value: year };
  }
  return null;
}

function readEventDate(lines: readonly TextLine[]) {
  const marked = (l: TextLine) =>
    !l.words.some((w) => sameWord(w, 'DITETAPKAN')) &&
    l.words.some((w) => sameWord(w, 'TANGGAL') || sameWord(w, 'HARI') || sameWord(w, 'WAKTU'));
  for (const accept of [marked, () => true]) {
    for (const line of lines) {
      if (!accept(line)) continue;
      const date = readDates(line.words)[0];
      if (date) return { ...spot(line), value: dateKey(date) };
    }
  }
  return null;
}

/** Spellings under which a document may name the innovation: the name, and its parts around parentheses. */
export function innovationAliases(name: string): string[][] {
  const aliases = [
    name,
    name.replace(/\([^)]*\)/g, ' '),
    ...[...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? ''),
  ];
  const seen = new Set<string>();
  return aliases
    .map((a) => words(a))
    .filter((w) => w.length > 0 && w.join('').length >= 4)
    .filter((w) => (seen.has(w.join(' ')) ? false : (seen.add(w.join(' ')), true)));
}

function findInnovationName(lines: readonly TextLine[], name: string): TextSpot | null {
  const aliases = innovationAliases(name);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const next = lines[i + 1];
    const joined = next && next.page === line.page ? [...line.words, ...next.words] : line.words;
    for (const alias of aliases) {
      const at = findWords(joined, alias);
      if (at >= 0 && at < line.words.length) {
        const span = at + alias.length > line.words.length ? 2 : 1;
        return spot(line, span, lines);
      }
    }
  }
  return null;
}

/**
 * Reads what a document is from its text alone: the kind from its title (the first title pattern on the
 * earliest of its first lines), who issued it, its number, the year it was issued, the fiscal year of a budget
 * or plan, the date of the activity it records, and whether it names the innovation (allowing OCR errors).
 * Pure: text in, facts out.
 */
export function classifyDocument(pages: readonly EvidencePage[], innovationName: string): DocumentFacts {
  const lines = toLines(pages);
  const head = lines.slice(0, HEAD_LINES);
  const detected = detectKind(head, lines);
  const kind = detected?.kind ?? null;
  const isRegulation = kind === 'PERATURAN_DAERAH' || kind === 'PERATURAN_KEPALA_DAERAH';
  return {
    kind,
    title: detected?.title ?? null,
    issuer: kind && detected ? detectIssuer(kind, detected.title.text, head, lines) : null,
    number: readNumber(head),
    year: readIssueYear(head, lines, isRegulation),
    fiscalYear: readFiscalYear(head, lines),
    eventDate: readEventDate(lines),
    namesInnovation: findInnovationName(lines, innovationName),
    ocr: pages.some((p) => p.ocr),
  };
}
