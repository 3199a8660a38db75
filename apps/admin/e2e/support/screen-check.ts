import type { Page } from 'playwright-core';
import { switchLanguage } from './browser';
import { findLayoutIssues, saveLayoutScreenshot } from './layout-check';
import { findRawKeys, readVisibleText } from './raw-keys';
import { settle } from './screens';

/** The office laptop and the phone every screen of the year is checked at. */
const YEAR_SIZES = [
  { width: 1366, height: 768 },
  { width: 360, height: 780 },
] as const;

let shot = 0;

/**
 * What the whole-year scenario asks of every screen it reaches: at 1366 px and at 360 px, in Indonesian and in
 * English, no raw key in the visible text (support/raw-keys.ts) and no table column cut off or hidden
 * (support/layout-check.ts), with a full-page screenshot of each as `year-NN-<name>-<width>-<lng>.png`. Every
 * finding of the screen is collected and reported together; the page is left as it was (1366 px, Indonesian).
 */
export async function checkScreen(page: Page, name: string) {
  shot += 1;
  const prefix = `year-${String(shot).padStart(2, '0')}-${name}`;
  const problems: string[] = [];
  try {
    for (const { width, height } of YEAR_SIZES) {
      await page.setViewportSize({ width, height });
      for (const lng of ['id', 'en'] as const) {
        if (lng === 'en') await switchLanguage(page, 'en');
        await settle(page);
        for (const key of findRawKeys(await readVisibleText(page)))
          problems.push(`${width} px (${lng}): raw key ${key.word} (…${key.context}…)`);
        for (const issue of await findLayoutIssues(page))
          problems.push(`${width} px (${lng}): ${issue.table} / ${issue.column}: ${issue.problem}`);
        await saveLayoutScreenshot(page, `${prefix}-${width}`, lng);
      }
      await switchLanguage(page, 'id');
    }
  } finally {
    await page.setViewportSize(YEAR_SIZES[0]);
    await settle(page);
  }
  if (problems.length > 0) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
}
