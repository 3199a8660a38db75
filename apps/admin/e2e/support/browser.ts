import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Screenshots the current screen in Indonesian, then in English, and switches back to Indonesian. */
export async function saveScreenshotsInBothLanguages(page: Page, name: string) {
  await saveScreenshot(page, name, 'id');
  await page.getByRole('radio', { name: 'EN' }).first().check({ force: true });
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, name, 'en');
  await page.getByRole('radio', { name: 'ID' }).first().check({ force: true });
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  await page.waitForLoadState('networkidle');
}
