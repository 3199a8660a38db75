import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Downloads frozen package #n from its row, as the browser would (the session cookie), and fails unless the
 * bytes hash to the sha256 the row records; then asks the server to check the package and waits for "utuh".
 */
export async function expectPackageIntact(page: Page, row: Locator, n: number) {
  const href = await row.getByRole('link', { name: `Unduh ZIP paket #${n}` }).getAttribute('href');
  const recorded = (await row.getByLabel(/^sha256 /).getAttribute('aria-label'))?.replace('sha256 ', '');
  const downloaded = await page.evaluate(async (url) => {
    const bytes = await (await fetch(url ?? '', { credentials: 'include' })).arrayBuffer();
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, href);
  expect(downloaded).toBe(recorded);
  await row.getByRole('button', { name: `Periksa keutuhan paket #${n}` }).click();
  await page.getByText(new RegExp(`Paket #${n} utuh`)).waitFor();
}
