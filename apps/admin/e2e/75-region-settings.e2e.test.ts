import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshotsInBothLanguages, type TBrowserSession } from './support/browser';
import { signIn } from './support/login';
import { callTrpc } from './support/trpc';
import { ADMIN_EMAIL } from './support/flow-data';

const WIB_LABEL = 'WIB — Asia/Jakarta (UTC+7)';
const WITA_LABEL = 'WITA — Asia/Makassar (UTC+8)';

interface TRegion {
  name: string;
  timeZone: string;
  version: number;
}
interface TPeriodRow {
  id: string;
  year: number;
  name: string;
  internalDeadline: Date | null;
}

/** The date as the periods table writes it ('15 Juni 2026'), in a given zone. */
const dayIn = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);

async function setZone(page: Page, label: string) {
  await page.getByRole('link', { name: 'Pengaturan daerah' }).click();
  await page.getByRole('heading', { name: 'Pengaturan daerah' }).waitFor();
  await page.getByRole('combobox', { name: 'Zona waktu' }).click();
  // antd's role=option elements are its screen-reader list; people click the visible item in the dropdown.
  await page.locator('.ant-select-dropdown').getByTitle(label, { exact: true }).click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Tersimpan.').waitFor();
  await page.getByTitle(label, { exact: true }).first().waitFor();
}

async function deadlineCell(page: Page, period: TPeriodRow) {
  await page.getByRole('link', { name: 'Periode' }).click();
  await page.getByRole('heading', { name: 'Periode penilaian' }).waitFor();
  return page.getByRole('row').filter({ hasText: period.name });
}

describe('region settings (Pengaturan daerah)', () => {
  let admin: TBrowserSession;
  let period: TPeriodRow;
  let deadline: Date;
  beforeAll(async () => {
    admin = await openBrowser(inject('baseUrl'));
    await signIn(admin.page, ADMIN_EMAIL);
    const region = await callTrpc<TRegion>(admin.page, 'region.get', undefined, 'query');
    expect(region.timeZone).toBe('Asia/Jakarta');
    // The demo year's internal deadline (23:59:59 WIB): late enough in the evening to be the next day in WITA.
    const periods = await callTrpc<TPeriodRow[]>(admin.page, 'period.list', undefined, 'query');
    const withDeadline = periods.find((p) => p.year === 2026 && p.internalDeadline);
    if (!withDeadline?.internalDeadline) throw new Error('the demo period has no internal deadline');
    period = withDeadline;
    deadline = withDeadline.internalDeadline;
    expect(dayIn(deadline, 'Asia/Makassar')).not.toBe(dayIn(deadline, 'Asia/Jakarta'));
  });
  afterAll(async () => {
    // Later specs expect WIB, also when a step above failed half-way.
    const region = await callTrpc<TRegion>(admin.page, 'region.get', undefined, 'query');
    if (region.timeZone !== 'Asia/Jakarta') {
      await callTrpc(admin.page, 'region.update', { version: region.version, timeZone: 'Asia/Jakarta' });
    }
    await admin.close();
  });

  it('shows the deadline in WIB, then in WITA once the ADMIN sets WITA, and in WIB again after setting it back', async () => {
    const { page } = admin;
    const wibRow = await deadlineCell(page, period);
    await wibRow.getByText(dayIn(deadline, 'Asia/Jakarta')).waitFor();

    await setZone(page, WITA_LABEL);
    await page.getByText(/Waktu sekarang di zona ini: .* WITA$/).waitFor();
    await saveScreenshotsInBothLanguages(page, 'region-settings');

    const witaRow = await deadlineCell(page, period);
    await witaRow.getByText(dayIn(deadline, 'Asia/Makassar')).waitFor();
    await expect(witaRow.getByText(dayIn(deadline, 'Asia/Jakarta')).count()).resolves.toBe(0);

    await setZone(page, WIB_LABEL);
    const backRow = await deadlineCell(page, period);
    await backRow.getByText(dayIn(deadline, 'Asia/Jakarta')).waitFor();
    const region = await callTrpc<TRegion>(page, 'region.get', undefined, 'query');
    expect(region.timeZone).toBe('Asia/Jakarta');
  });

  it('fits a phone screen', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/admin/region');
    await page.getByRole('heading', { name: 'Pengaturan daerah' }).waitFor();
    await page.getByTitle(WIB_LABEL, { exact: true }).first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });
});
