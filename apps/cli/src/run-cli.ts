import type { Readable } from 'node:stream';
import { parsePortfolio, scorePortfolio } from '@inovda/domain';
import { renderHelp } from './help.ts';
import { bilingual } from './messages.ts';
import { parseCliArgs, type Lang } from './parse-args.ts';
import { parseJsonText } from './parse-json.ts';
import { readInput } from './read-input.ts';
import { buildPlanOutput, renderPlan } from './render-plan.ts';
import { renderScore } from './render-score.ts';

/** Where the CLI reads and writes; injected so tests and the bin entry can differ from `process`. */
export interface CliIo {
  /** The directory relative FILE paths are resolved against: where the user ran the command. */
  cwd: string;
  stdin: Readable;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  version: string;
}

/** Exit status for invalid input or arguments (nothing is written to stdout then). */
export const EXIT_INVALID = 2;

function fail(io: CliIo, lines: string[]): number {
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT_INVALID;
}

/** The language of a usage error: the value of `--lang en` / `--lang=en` if present, else Indonesian. */
function guessLang(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'id';
}

/** Runs one `inovda` invocation and returns its exit status. Output is written only once it is complete. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    const lang = guessLang(argv);
    return fail(io, [
      `inovda: ${bilingual(args.error, lang)}`,
      lang === 'en' ? 'See inovda --help.' : 'Lihat inovda --help.',
    ]);
  }
  const request = args.value;
  if (request.kind === 'version') {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  if (request.kind === 'help') {
    io.stdout.write(renderHelp(request.lang));
    return 0;
  }
  const { lang } = request;
  const input = await readInput(request.file, io.cwd, io.stdin);
  if (!input.ok) return fail(io, [`inovda: ${input.error.label}: ${bilingual(input.error, lang)}`]);
  const { label } = input.value;

  const json = parseJsonText(input.value.text);
  if (!json.ok) {
    const { line, column, detail } = json.error;
    const message = { id: `JSON tidak valid: ${detail}`, en: `Invalid JSON: ${detail}` };
    return fail(io, [`inovda: ${label}:${line}:${column}: ${bilingual(message, lang)}`]);
  }

  const parsed = parsePortfolio(json.value);
  if (!parsed.ok) {
    const { issues } = parsed.error;
    const head =
      lang === 'en'
        ? `inovda: ${label} is not a valid portfolio (${issues.length} problem(s)):`
        : `inovda: ${label} bukan portofolio yang valid (${issues.length} masalah / problem(s)):`;
    return fail(io, [
      head,
      ...issues.map((issue) => `  ${issue.path || '(dokumen)'}: ${bilingual(issue.message, lang)}`),
    ]);
  }
  const { portfolio, edition } = parsed.value;
  if (request.kind === 'score') {
    const report = scorePortfolio(edition, portfolio);
    io.stdout.write(
      request.json ? `${JSON.stringify(report, null, 2)}\n` : renderScore(report, portfolio, lang),
    );
    return 0;
  }
  const plan = buildPlanOutput(edition, portfolio, request.limit);
  io.stdout.write(request.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlan(plan, lang));
  return 0;
}
