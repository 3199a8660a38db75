import { describeValue, formatIssuePath, type PortfolioIssue } from '../portfolio/portfolio-issues.ts';
import type { DocumentResult } from './document-result.ts';
import { countParsedKeys, countWrittenKeys } from './count-keys.ts';
import { findDuplicateKeys } from './find-duplicate-keys.ts';
import { scanJson, type JsonExpectation } from './json-scanner.ts';

const EXPECTED: Record<JsonExpectation, { id: string; en: string }> = {
  value: {
    id: 'diharapkan sebuah nilai (objek, larik, teks, angka, true, false atau null)',
    en: 'expected a value (object, array, string, number, true, false or null)',
  },
  key: { id: 'diharapkan nama kunci dalam tanda kutip ganda', en: 'expected a key in double quotes' },
  colon: { id: 'diharapkan ":" setelah nama kunci', en: 'expected ":" after the key' },
  'comma-or-brace': { id: 'diharapkan "," atau "}"', en: 'expected "," or "}"' },
  'comma-or-bracket': { id: 'diharapkan "," atau "]"', en: 'expected "," or "]"' },
  end: { id: 'ada teks lain setelah akhir JSON', en: 'more text after the end of the JSON' },
  'string-end': { id: 'teks tidak ditutup dengan tanda kutip ganda', en: 'unterminated string' },
  'string-char': {
    id: 'karakter kontrol atau escape tidak valid di dalam teks',
    en: 'invalid control character or escape in a string',
  },
};

/** 1-based line and column of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxIssue(text: string, offset: number, expected: JsonExpectation): PortfolioIssue {
  const found =
    offset >= text.length
      ? { id: 'akhir berkas', en: 'end of file' }
      : {
          id: describeValue(text.slice(offset, offset + 1)),
          en: describeValue(text.slice(offset, offset + 1)),
        };
  const what = text.trim() === '' ? { id: 'dokumen kosong', en: 'empty document' } : EXPECTED[expected];
  return {
    code: 'PORTFOLIO.INVALID_JSON',
    path: '',
    message: {
      id: `JSON tidak valid: ${what.id}; ditemukan ${found.id}.`,
      en: `Invalid JSON: ${what.en}; found ${found.en}.`,
    },
    ...lineAndColumn(text, offset),
  };
}

/**
 * Parses a JSON document strictly: RFC 8259 only (no comments, no trailing commas), a leading UTF-8 byte order
 * mark ignored (Windows editors add one), and a key repeated within one object reported as
 * `PORTFOLIO.DUPLICATE_KEY` with its path and line, where `JSON.parse` would silently keep the last one. A
 * syntax error is one `PORTFOLIO.INVALID_JSON` issue with its line and column. Messages are Indonesian and
 * English. Used by the CLI and the HTTP API before {@link scorePortfolioDocument}; pass its value there.
 */
export function parseJsonStrict(raw: string): DocumentResult<unknown> {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const scan = scanJson(text);
    // The scanner and V8 agree on what is JSON; should they ever not, the document still fails here.
    const issue = scan.ok ? syntaxIssue(text, 0, 'value') : syntaxIssue(text, scan.offset, scan.expected);
    return { ok: false, issues: [issue] };
  }
  if (countWrittenKeys(text) === countParsedKeys(value)) return { ok: true, value };
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length === 0) return { ok: true, value };
  return {
    ok: false,
    issues: duplicates.map(({ path, offset }) => {
      const key = String(path.at(-1));
      return {
        code: 'PORTFOLIO.DUPLICATE_KEY',
        path: formatIssuePath(path),
        message: {
          id: `Kunci "${key}" muncul lebih dari sekali di objek yang sama; hapus salah satunya (JSON hanya memakai yang terakhir).`,
          en: `Key "${key}" appears more than once in the same object; remove one of them (JSON would keep only the last).`,
        },
        ...lineAndColumn(text, offset),
      };
    }),
  };
}
