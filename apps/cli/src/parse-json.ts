/** The outcome of parsing a document's text as JSON, with the line and column of a syntax error. */
export type JsonResult =
  { ok: true; value: unknown } | { ok: false; error: { line: number; column: number; detail: string } };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON text; a leading UTF-8 BOM (common from Windows editors) is ignored. */
export function parseJsonText(raw: string): JsonResult {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    // V8 reports "... at position N" (sometimes with line/column); fall back to the end of the text.
    const position = /position (\d+)/.exec(detail)?.[1];
    const where = lineAndColumn(text, position === undefined ? text.length : Number(position));
    return { ok: false, error: { ...where, detail } };
  }
}
