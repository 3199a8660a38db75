import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshotsInBothLanguages, type TBrowserSession } from './support/browser';
import { ADMIN_EMAIL, OPERATOR_EMAIL } from './support/flow-data';
import { signIn } from './support/login';
import { callTrpc } from './support/trpc';

const PERIOD_NAME = 'IID 2030 (uji pengingat)';
const DAY_MS = 86_400_000;

/** 23:59 WIB, three calendar days from today in WIB: the D-3 milestone is due now. */
function deadlineInThreeDays(): Date {
  const wibToday = new Date(Date.now() + 7 * 3_600_000);
  const midnightUtc = Date.UTC(wibToday.getUTCFullYear(), wibToday.getUTCMonth(), wibToday.getUTCDate());
  return new Date(midnightUtc + 3 * DAY_MS + 16 * 3_600_000 + 59 * 60_000);
}

describe('deadline reminders in the app', () => {
  let admin: TBrowserSession;
  let operator: TBrowserSession;
  let periodId = '';
  beforeAll(async () => {
    admin = await openBrowser(inject('baseUrl'));
    await signIn(admin.page, ADMIN_EMAIL);
    // A period of its own whose internal deadline is three days away, open to the OPDs.
    const period = await callTrpc<{ id: string; version: number }>(admin.page, 'period.create', {
      year: 2030,
      editionCode: 'iga-2026',
      name: PERIOD_NAME,
      internalDeadline: deadlineInThreeDays(),
    });
    periodId = period.id;
    await callTrpc(admin.page, 'period.update', { id: period.id, version: period.version, state: 'OPEN' });
  });
  afterAll(async () => {
    await admin.close();
    await operator?.close();
  });

  it('lets the ADMIN send the reminders now and says what was sent, once', async () => {
    const { page } = admin;
    // The bell opens a panel of the latest ones; the full page is one click further.
    await page.getByRole('button', { name: /^Notifikasi/ }).click();
    await page.getByRole('button', { name: 'Lihat semua notifikasi' }).click();
    await page.getByRole('heading', { name: 'Notifikasi' }).waitFor();
    await page.getByRole('button', { name: 'Kirim pengingat sekarang' }).click();
    const status = page.getByRole('status').filter({ hasText: 'pengingat terkirim' });
    await status.waitFor();
    await expect(page.getByText(`Tenggat internal ${PERIOD_NAME}:`).count()).resolves.toBe(1);
    const title = `Pengingat: tenggat internal ${PERIOD_NAME} tinggal 3 hari`;
    await page.getByText(title).waitFor();
    await expect(page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).count()).resolves.toBe(
      1,
    );
    await saveScreenshotsInBothLanguages(page, 'reminders-admin');

    // Pressed again: nothing new, nothing repeated.
    await page.getByRole('button', { name: 'Kirim pengingat sekarang' }).click();
    await page.getByRole('status').filter({ hasText: 'Tidak ada pengingat baru' }).waitFor();
    await expect(page.getByText(title).count()).resolves.toBe(1);
  });

  it("opens the reminder's link (the period's dashboard) and counts it read", async () => {
    const { page } = admin;
    const item = page.getByRole('listitem').filter({ hasText: PERIOD_NAME });
    await item.getByRole('button', { name: 'Buka' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/dashboard' && url.searchParams.get('period') === periodId,
    );
    await page.goBack();
    await page.getByRole('heading', { name: 'Notifikasi' }).waitFor();
    // The list may first show what it had before the click (cached), then the refetched, read state.
    const unreadMark = page
      .getByRole('listitem')
      .filter({ hasText: PERIOD_NAME })
      .getByRole('img', { name: 'Belum dibaca' });
    await unreadMark.first().waitFor({ state: 'detached', timeout: 15_000 });
    await expect(unreadMark.count()).resolves.toBe(0);
  });

  it('reminds the OPERATOR on a phone, who can turn e-mail reminders off', async () => {
    operator = await openBrowser(inject('baseUrl'), { width: 360, height: 740 });
    const { page } = operator;
    await signIn(page, OPERATOR_EMAIL);
    await page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
    await page
      .getByRole('list', { name: 'Notifikasi terbaru' })
      .getByText(PERIOD_NAME, { exact: false })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Lihat semua notifikasi' }).click();
    const item = page.getByRole('listitem').filter({ hasText: PERIOD_NAME });
    await item.getByText('belum punya inovasi untuk periode ini').waitFor();
    const email = page.getByRole('switch', { name: 'Kirim juga pengingat tenggat ke e-mail saya' });
    await expect(email.getAttribute('aria-checked')).resolves.toBe('true');
    await email.click();
    await page.getByText('Pengingat e-mail dimatikan.').waitFor();
    await expect(email.getAttribute('aria-checked')).resolves.toBe('false');
    // The e2e server has no SMTP_URL: the page says so instead of pretending.
    await page.getByText(/Server ini belum mengirim e-mail/).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await saveScreenshotsInBothLanguages(page, 'reminders-operator-360');
    await item.getByRole('button', { name: 'Buka' }).click();
    await page.waitForURL((url) => url.pathname === '/innovations');
  });
});
