import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
 * tus resume entries never leak between users or runs. `width` 360 gives the phone layout.
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
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
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

/** Picks a UI language with the ID | EN switch in the header, as a user would. */
export async function switchLanguage(page: Page, lng: 'id' | 'en') {
  // The switch's radio inputs are visually hidden; the user clicks their label.
  await page.getByRole('radio', { name: lng.toUpperCase() }).first().locator('xpath=..').click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lng);
  await page.waitForLoadState('networkidle');
}

/** Screenshots the current screen in Indonesian, then in English, and switches back to Indonesian. */
export async function saveScreenshotsInBothLanguages(page: Page, name: string) {
  await saveScreenshot(page, name, 'id');
  await switchLanguage(page, 'en');
  await saveScreenshot(page, name, 'en');
  await switchLanguage(page, 'id');
}
