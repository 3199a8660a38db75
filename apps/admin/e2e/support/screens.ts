import type { Page } from 'playwright-core';
import { waitForQuietNetwork } from './browser';
import { DEMO_PERIOD, showPeriod } from './forms';

/**
 * A screen to open: a fixed address, or one found by following the first link that matches on a list, shown
 * for the demo's 2026 period (later specs open emptier periods, which the lists show first).
 */
export type TScreen = string | { from: string; link: string; name: string };

/** The name a screen goes by in reports and screenshots. */
export function screenName(screen: TScreen): string {
  return typeof screen === 'string' ? screen.replace(/^\//, '').replace(/\//g, '-') || 'home' : screen.name;
}

/** Waits until the screen has its data: the app's requests are done and no skeleton or spinner is left. */
export async function settle(page: Page) {
  await waitForQuietNetwork(page);
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'));
}

/** Opens a screen and waits for its data; a list screen is shown for the demo period before its link is followed. */
export async function openScreen(page: Page, screen: TScreen): Promise<void> {
  if (typeof screen === 'string') {
    await page.goto(screen);
    await settle(page);
    return;
  }
  await page.goto(screen.from);
  await settle(page);
  await showPeriod(page, DEMO_PERIOD);
  await settle(page);
  await page.locator(screen.link).first().click();
  await settle(page);
}
