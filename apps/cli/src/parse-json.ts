import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** The outcome of parsing a document's text as JSON, with the line and column of a syntax error. */
export type JsonResult =
  { ok: true; value: unknown } | { ok: false; error: { line: number; column: number; detail: string } };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON text strictly with `JSON.parse`; a leading UTF-8 BOM (common from Windows editors) is ignored.
 * On failure, jsonc-parser (comments and trailing commas disallowed) locates the first error, because V8's
 * messages do not always carry a position.
 */
export function parseJsonText(raw: string): JsonResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const where = lineAndColumn(text, first?.offset ?? text.length);
    const detail = first === undefined ? message : `${printParseErrorCode(first.error)} (${message})`;
    return { ok: false, error: { ...where, detail } };
  }
}
