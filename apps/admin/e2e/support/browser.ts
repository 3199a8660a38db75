import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { guardContext } from './page-guard';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TBrowserSession {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * A fresh Debian Chromium with its own temporary profile (`--user-data-dir`), so cookies, localStorage and
 * tus resume entries never leak between users or runs. `width` 360 gives the phone layout. Its pages are
 * watched for CSP violations, console errors and 5xx answers (`page-guard.ts`), which fail the running test.
 */
export async function openBrowser(
  baseUrl: string,
  { width = 1280, height = 900 } = {},
): Promise<TBrowserSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'inovda-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL: baseUrl,
    viewport: { width, height },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await guardContext(context, new URL(baseUrl).origin);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  trackRequests(page, new URL(baseUrl).origin);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as `e2e/artifacts/<name>-<lng>.png`. */
export async function saveScreenshot(page: Page, name: string, lng: 'id' | 'en') {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${lng}.png`), fullPage: true });
}

/** Keeps what the screen showed when a step failed (`failed-<step>.png`), to see why without a rerun. */
export async function saveFailureScreenshot(page: Page, step: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const name = step.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  await page.screenshot({ path: join(ARTIFACTS_DIR, `failed-${name}.png`) }).catch(() => undefined);
  const text = await page
    .locator('body')
    .innerText()
    .catch(() => '');
  writeFileSync(join(ARTIFACTS_DIR, `failed-${name}.txt`), text);
}

/** The app's own requests still in flight, per page, with the time each started. */
const inFlight = new WeakMap<Page, Map<Request, number>>();

/**
 * Counts the page's requests to the app's origin. Playwright's `networkidle` also waits on what the browser
 * fetches for itself (the PDF viewer inside an evidence preview, for one), which may never settle; this
 * watches only what the app asked its server for.
 */
function trackRequests(page: Page, origin: string) {
  const pending = new Map<Request, number>();
  inFlight.set(page, pending);
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) pending.set(request, Date.now());
  });
  const done = (request: Request) => pending.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Waits until none of the app's requests has been in flight for `quietMs`. On timeout it fails with the
 * requests still open and how long each has waited, so a hung call is named, not just "timed out".
 */
export async function waitForQuietNetwork(page: Page, { quietMs = 500, timeoutMs = 20_000 } = {}) {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('waitForQuietNetwork: the page was not opened with openBrowser');
  const deadline = Date.now() + timeoutMs;
  let quietSince = pending.size === 0 ? Date.now() : Number.POSITIVE_INFINITY;
  for (;;) {
    const now = Date.now();
    if (pending.size > 0) quietSince = Number.POSITIVE_INFINITY;
    else if (quietSince === Number.POSITIVE_INFINITY) quietSince = now;
    if (now - quietSince >= quietMs) return;
    if (now > deadline) {
      const open = [...pending].map(([r, since]) => `${r.method()} ${r.url()} (${now - since} ms)`);
      throw new Error(`the app's requests did not settle in ${timeoutMs} ms; still open: ${open.join(', ')}`);
    }
    await page.waitForTimeout(50);
  }
}

/** Picks a UI language with the ID | EN switch in the header, as a user would. */
export async function switchLanguage(page: Page, lng: 'id' | 'en') {
  // The switch's radio inputs are visually hidden; the user clicks their label.
  await page.getByRole('radio', { name: lng.toUpperCase() }).first().locator('xpath=..').click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lng);
  await waitForQuietNetwork(page);
}

/** Screenshots the current screen in Indonesian, then in English, and switches back to Indonesian. */
export async function saveScreenshotsInBothLanguages(page: Page, name: string) {
  await saveScreenshot(page, name, 'id');
  await switchLanguage(page, 'en');
  await saveScreenshot(page, name, 'en');
  await switchLanguage(page, 'id');
}

/** Chromium's built-in PDF viewer (an extension frame inside the preview's blob: iframe). */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * Waits until a PDF preview really shows the document: the blob: iframe holds Chromium's PDF viewer. A frame
 * refused by the CSP holds an error page instead ("This content is blocked"), and never gets here.
 */
export async function waitForPdfViewer(page: Page, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!page.frames().some((frame) => frame.url().startsWith(PDF_VIEWER))) {
    if (Date.now() > deadline) {
      const frames = page.frames().map((frame) => frame.url());
      throw new Error(`no PDF viewer loaded in ${timeoutMs} ms; frames: ${frames.join(', ')}`);
    }
    await page.waitForTimeout(100);
  }
}
