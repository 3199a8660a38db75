import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openBrowser,
  saveScreenshotsInBothLanguages,
  waitForQuietNetwork,
  type TBrowserSession,
} from './support/browser';
import { ADMIN_EMAIL, VIEWER_EMAIL } from './support/flow-data';
import { DEMO_PERIOD, showPeriod } from './support/forms';
import { signIn } from './support/login';

/** A SENT innovation of the demo seed's 2026 period (packages/db demo-plan). */
const SENT_NAME = 'BERDENTING';
/** Picks the demo's 2026 period: the page opens on the latest open period, and earlier specs open later ones. */
async function showDemoPeriod(page: Page) {
  await waitForQuietNetwork(page);
  await showPeriod(page, DEMO_PERIOD);
  await waitForQuietNetwork(page);
}

/**
 * The loop back from the national results, on the demo seed alone: the ADMIN records BSKDN's maturity for a
 * sent innovation and the region's national IID; a VIEWER on a phone reads the comparison without inputs.
 */
describe('national assessment results', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, ADMIN_EMAIL);
  });
  afterAll(async () => {
    await session.close();
  });

  it('the ADMIN opens the page from the menu and sees the sent innovations', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Hasil penilaian nasional' }).click();
    await page.getByRole('heading', { name: 'Hasil penilaian nasional', level: 2 }).waitFor();
    await showDemoPeriod(page);
    await page.getByRole('row', { name: new RegExp(SENT_NAME) }).waitFor();
  });

  it('records a national maturity; the difference tag and the summary follow', async () => {
    const { page } = session;
    const row = page.getByRole('row', { name: new RegExp(SENT_NAME) });
    const input = row.getByLabel(`Nilai nasional ${SENT_NAME}`);
    await input.fill('111,5');
    await row.getByRole('button', { name: 'Simpan' }).click();
    await row.getByText(/Paling tinggi 111,00/).waitFor();
    await input.fill('111');
    await row.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Hasil nasional tersimpan.').waitFor();
    await waitForQuietNetwork(page);
    // 111 is the maximum: never below the verified score, so the tag reads "equal or higher".
    await row.getByText(/· sesuai atau lebih tinggi$/).waitFor();
    await expect(row.getByLabel(`Nilai nasional ${SENT_NAME}`).inputValue()).resolves.toBe('111,00');
    await page.getByText(/^1 \/ \d+$/).waitFor();
  });

  it("records the region's national IID and predicate", async () => {
    const { page } = session;
    await page.getByLabel('IID nasional (0 s.d. 100)').fill('58,25');
    // Click the option: typing "Inovatif" would also match "Sangat Inovatif" and "Kurang Inovatif".
    await page.getByLabel('Predikat nasional', { exact: true }).click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Inovatif$/ })
      .click();
    await page.getByLabel('Sumber (mis. surat atau pengumuman BSKDN)').fill('Pengumuman IGA 2026 (uji e2e)');
    await page.getByRole('button', { name: 'Simpan hasil daerah' }).click();
    await page.getByText('Hasil nasional tersimpan.').first().waitFor();
    await waitForQuietNetwork(page);
    await page.getByText('58,25', { exact: true }).waitFor();
    await page.getByText(/Sumber: Pengumuman IGA 2026 \(uji e2e\)/).waitFor();
    // 58,25 is Inovatif in IGA 2026 (40,01 .. 65,00); whether it matches depends on the demo's projection.
    await page
      .locator('.ant-card', { hasText: 'IID daerah' })
      .getByText('Inovatif', { exact: true })
      .waitFor();
    await page.getByText(/^(Predikat sama|Predikat berbeda)$/).waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-national-results');
  });

  it('a VIEWER on a phone reads the same numbers as cards, without inputs', async () => {
    const phone = await openBrowser(inject('baseUrl'), { width: 360, height: 780 });
    try {
      const { page } = phone;
      await signIn(page, VIEWER_EMAIL);
      await page.goto('/national-results');
      await page.getByRole('heading', { name: 'Hasil penilaian nasional', level: 2 }).waitFor();
      await showDemoPeriod(page);
      const card = page.getByTestId(/^national-card-/).filter({ hasText: SENT_NAME });
      await card.getByText('111,00').waitFor();
      await page.getByText('58,25', { exact: true }).waitFor();
      await expect(page.getByRole('textbox').count()).resolves.toBe(0);
      await saveScreenshotsInBothLanguages(page, 'viewer-national-results-phone');
    } finally {
      await phone.close();
    }
  });
});
