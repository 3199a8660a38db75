import type { Page } from 'playwright-core';

/** An indicator's card, on the operator's workspace and on the verifier's review page alike. */
export const indicatorCard = (page: Page, code: string) => page.locator(`#indicator-${code}`);

/** The big number of an antd Statistic, found by its title (a regular expression when the title carries an n). */
export async function readStatistic(page: Page, title: string | RegExp): Promise<string> {
  const label = typeof title === 'string' ? page.getByText(title, { exact: true }) : page.getByText(title);
  const stat = page.locator('.ant-statistic', { has: label }).first();
  return (await stat.locator('.ant-statistic-content').innerText()).trim();
}

/** A workflow move on the review page: the button, then the same words in its confirmation. */
export async function confirmMove(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
}

/** antd's button-style radios hide the input; a person clicks the visible label. */
export async function chooseVerdict(page: Page, code: string, verdict: 'Terima' | 'Tolak') {
  await indicatorCard(page, code)
    .locator('.ant-radio-button-wrapper', { hasText: new RegExp(`^${verdict}$`) })
    .click();
}

/** Saves a verdict on one indicator (with its note) and waits for the card to show it. */
export async function saveVerdict(page: Page, code: string, verdict: 'Terima' | 'Tolak', note?: string) {
  const c = indicatorCard(page, code);
  await chooseVerdict(page, code, verdict);
  if (note !== undefined) await c.getByLabel('Catatan untuk OPD').fill(note);
  await c.getByRole('button', { name: 'Simpan putusan' }).click();
  const tag = verdict === 'Terima' ? 'Diterima' : 'Ditolak';
  await c.locator('.ant-card-extra').getByText(tag, { exact: true }).waitFor();
}

/** A name as a pattern that matches it literally (innovation names hold parentheses). */
export const literally = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Opens the header's bell and waits for a notification whose title starts with `title`. */
export async function expectNotification(page: Page, title: string) {
  await page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
  const item = page.getByRole('list', { name: 'Notifikasi terbaru' }).getByText(title).first();
  await item.waitFor();
  return item;
}
