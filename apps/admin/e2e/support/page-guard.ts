import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * What a user must never meet and a test would otherwise miss: a Content Security Policy violation (the page
 * shows "This content is blocked" or silently lacks a style, font or frame), an error in the console, an
 * uncaught exception, or a 5xx from the server. Every page opened with `openBrowser` is watched, and the
 * e2e setup (`fail-on-page-problems.ts`) fails the running test when one was seen.
 */
export interface TPageProblem {
  kind: 'csp' | 'console' | 'pageerror' | 'server-error';
  text: string;
}

const seen: TPageProblem[] = [];
const allowed = new WeakMap<BrowserContext, RegExp[]>();

function record(context: BrowserContext, problem: TPageProblem) {
  if ((allowed.get(context) ?? []).some((pattern) => pattern.test(problem.text))) return;
  seen.push(problem);
}

/** Problems seen since the last call, emptied. */
export function takePageProblems(): TPageProblem[] {
  return seen.splice(0, seen.length);
}

/**
 * Lets a test provoke a failure on purpose (a dropped upload, a wrong password) without failing: messages
 * matching `pattern` are not recorded for this browser until the returned function is called.
 */
export function allowPageProblem(context: BrowserContext, pattern: RegExp): () => void {
  allowed.set(context, [...(allowed.get(context) ?? []), pattern]);
  return () =>
    allowed.set(
      context,
      (allowed.get(context) ?? []).filter((p) => p !== pattern),
    );
}

const CSP_BINDING = '__inovdaCspViolation';

/** Chromium logs a blocked load as "Refused to ..." or "... violates the following Content Security Policy". */
const CSP_CONSOLE = /Refused to|Content Security Policy/;

function onConsole(context: BrowserContext, message: ConsoleMessage) {
  const text = message.text();
  if (CSP_CONSOLE.test(text)) record(context, { kind: 'csp', text });
  else if (message.type() === 'error') {
    const where = message.location().url;
    record(context, { kind: 'console', text: where ? `${text} (${where})` : text });
  }
}

/** Watches every page of `context` (those open now and those it opens later) for the problems above. */
export async function guardContext(context: BrowserContext, origin: string) {
  // The event reaches the page even when the console message is suppressed (e.g. report-only, or a frame).
  await context.exposeBinding(CSP_BINDING, ({ frame }, directive: string, blocked: string, source: string) =>
    record(context, {
      kind: 'csp',
      text: `${directive} blocked ${blocked || '(inline)'} in ${frame.url()}${source ? ` from ${source}` : ''}`,
    }),
  );
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (...args: string[]) => void>)[binding];
      const source = event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
      report?.(event.effectiveDirective, event.blockedURI, source);
    });
  }, CSP_BINDING);
  const watch = (page: Page) => {
    page.on('console', (message) => onConsole(context, message));
    page.on('pageerror', (error) => record(context, { kind: 'pageerror', text: error.message }));
    page.on('response', (response) => {
      if (response.status() >= 500 && response.url().startsWith(origin)) {
        record(context, {
          kind: 'server-error',
          text: `${response.status()} ${response.request().method()} ${response.url()}`,
        });
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/** The problems as one readable message, for the failing test. */
export function describePageProblems(problems: readonly TPageProblem[]): string {
  return [
    `${problems.length} problem(s) in the browser:`,
    ...problems.map((p) => `  [${p.kind}] ${p.text}`),
  ].join('\n');
}
