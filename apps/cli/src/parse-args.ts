import { parseArgs } from 'node:util';

/** The UI language: Indonesian by default, English with `--lang en`. */
export type Lang = 'id' | 'en';

/** What the user asked for, after parsing argv. */
export type CliRequest =
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'score' | 'plan'; file: string; json: boolean; lang: Lang; limit: number };

/** A usage mistake, reported in both languages. */
export interface UsageError {
  id: string;
  en: string;
}

const DEFAULT_LIMIT = 10;

/**
 * parseArgs throws English-only errors for unknown options and missing or unexpected values; this words them
 * in both languages, naming the option (`--nope`, `--lang <value>`).
 */
function describeParseError(cause: unknown): UsageError {
  const code = (cause as { code?: unknown }).code;
  const message = cause instanceof Error ? cause.message : String(cause);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return { id: `Opsi tidak dikenal: ${option}.`, en: `Unknown option: ${option}.` };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes('argument missing')) {
    return { id: `Opsi ${option} memerlukan nilai.`, en: `Option ${option} needs a value.` };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return { id: `Opsi ${option} tidak menerima nilai.`, en: `Option ${option} takes no value.` };
  }
  return { id: `Argumen tidak valid: ${message}`, en: `Invalid arguments: ${message}` };
}

/** Parses `inovda <score|plan> [--json] [--lang id|en] [--limit N] FILE`, `--help`, `--version`. */
export function parseCliArgs(
  argv: readonly string[],
): { ok: true; value: CliRequest } | { ok: false; error: UsageError } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'id' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'V', default: false },
      },
    });
  } catch (cause) {
    return { ok: false, error: describeParseError(cause) };
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'id' && values.lang !== 'en') {
    return {
      ok: false,
      error: {
        id: `--lang harus "id" atau "en", bukan "${values.lang}".`,
        en: `--lang must be "id" or "en", not "${values.lang}".`,
      },
    };
  }
  const lang: Lang = values.lang;
  if (values.version) return { ok: true, value: { kind: 'version' } };
  if (values.help || positionals.length === 0) return { ok: true, value: { kind: 'help', lang } };

  const [command, file, ...rest] = positionals;
  if (command !== 'score' && command !== 'plan') {
    return {
      ok: false,
      error: {
        id: `Perintah tidak dikenal: "${command}". Gunakan score atau plan.`,
        en: `Unknown command "${command}". Use score or plan.`,
      },
    };
  }
  if (file === undefined || rest.length > 0) {
    return {
      ok: false,
      error: {
        id: 'Berikan tepat satu FILE (atau - untuk stdin).',
        en: 'Give exactly one FILE (or - for stdin).',
      },
    };
  }
  let limit = DEFAULT_LIMIT;
  if (values.limit !== undefined) {
    if (!/^[1-9][0-9]{0,3}$/.test(values.limit)) {
      return {
        ok: false,
        error: {
          id: `--limit harus bilangan bulat 1..9999, bukan "${values.limit}".`,
          en: `--limit must be an integer 1..9999, not "${values.limit}".`,
        },
      };
    }
    limit = Number(values.limit);
  }
  return { ok: true, value: { kind: command, file, json: values.json, lang, limit } };
}
