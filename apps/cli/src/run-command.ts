import {
  parseJsonStrict,
  parsePortfolio,
  planPortfolioDocument,
  scorePortfolioDocument,
  type PortfolioIssue,
} from '@inovda/domain';
import { bilingual } from './messages.ts';
import type { CliRequest, Lang } from './parse-args.ts';
import { readInput } from './read-input.ts';
import { renderPlan } from './render-plan.ts';
import { renderScore } from './render-score.ts';
import { type CliIo, EXIT_INVALID } from './cli-io.ts';

function fail(io: CliIo, lines: string[]): number {
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT_INVALID;
}

function where(label: string, issue: PortfolioIssue): string {
  const place = issue.line === undefined ? '' : ` (${label}:${issue.line}:${issue.column})`;
  return `${issue.path || '(dokumen)'}${place}`;
}

function reportIssues(io: CliIo, label: string, issues: readonly PortfolioIssue[], lang: Lang): number {
  const [first] = issues;
  if (issues.length === 1 && first?.code === 'PORTFOLIO.INVALID_JSON') {
    return fail(io, [`inovda: ${label}:${first.line}:${first.column}: ${bilingual(first.message, lang)}`]);
  }
  const head =
    lang === 'en'
      ? `inovda: ${label} is not a valid portfolio (${issues.length} problem(s)):`
      : `inovda: ${label} bukan portofolio yang valid (${issues.length} masalah / problem(s)):`;
  return fail(io, [
    head,
    ...issues.map((issue) => `  ${where(label, issue)}: ${bilingual(issue.message, lang)}`),
  ]);
}

/**
 * `inovda score|plan FILE`: reads the file, parses it strictly (repeated keys are errors), and scores or plans
 * it with the library's `scorePortfolioDocument` / `planPortfolioDocument`, so `--json` prints exactly what
 * the library returns and what `POST /api/v1/score|plan` answers.
 */
export async function runCommand(request: Extract<CliRequest, { file: string }>, io: CliIo): Promise<number> {
  const { lang } = request;
  const input = await readInput(request.file, io.cwd, io.stdin);
  if (!input.ok) return fail(io, [`inovda: ${input.error.label}: ${bilingual(input.error, lang)}`]);
  const { label, text } = input.value;

  const json = parseJsonStrict(text);
  if (!json.ok) return reportIssues(io, label, json.issues, lang);

  if (request.kind === 'score') {
    const scored = scorePortfolioDocument(json.value);
    if (!scored.ok) return reportIssues(io, label, scored.issues, lang);
    if (request.json) {
      io.stdout.write(`${JSON.stringify(scored.value, null, 2)}\n`);
      return 0;
    }
    // The table also shows names and urusan slugs, which the report leaves out; the file is valid by now.
    const parsed = parsePortfolio(json.value);
    if (!parsed.ok) throw new Error('a document that scored did not parse');
    io.stdout.write(renderScore(scored.value, parsed.value.portfolio, lang));
    return 0;
  }
  const planned = planPortfolioDocument(json.value, { limit: request.limit });
  if (!planned.ok) return reportIssues(io, label, planned.issues, lang);
  io.stdout.write(
    request.json ? `${JSON.stringify(planned.value, null, 2)}\n` : renderPlan(planned.value, lang),
  );
  return 0;
}
