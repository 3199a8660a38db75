import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openBrowser,
  saveFailureScreenshot,
  saveScreenshot,
  waitForPdfViewer,
  type TBrowserSession,
} from './support/browser';
import { OPERATOR_EMAIL } from './support/flow-data';
import { signIn } from './support/login';
import { makePdf } from './support/make-pdf';
import { makePng } from './support/make-png';

/** A demo draft of the operator's unit; indicator 19 takes PDF, JPEG and PNG evidence. */
const DRAFT_INNOVATION = 'Puspa Melati';
const INDICATOR = '19';

/**
 * The evidence preview under the production CSP (the browser talks to the API, which serves the built admin):
 * a PDF shows in Chromium's viewer and a photo decodes. Any CSP violation or console error fails the test
 * through the shared page guard, so "This content is blocked" cannot pass unnoticed.
 */
describe('evidence previews render under the strict CSP', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveFailureScreenshot(session.page, task.name);
  });
  afterAll(async () => {
    await session.close();
  });

  it('serves the app with a CSP that frames blob: documents only', async () => {
    const response = await session.page.goto('/login');
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    expect(csp).toMatch(/(^|;)\s*frame-src blob:\s*(;|$)/);
    expect(csp).toMatch(/(^|;)\s*object-src 'none'\s*(;|$)/);
  });

  it('the operator uploads a PDF and a photo to a draft', async () => {
    const { page } = session;
    await signIn(page, OPERATOR_EMAIL);
    await page.getByRole('link', { name: DRAFT_INNOVATION, exact: true }).click();
    await page.getByRole('heading', { name: DRAFT_INNOVATION }).waitFor();
    const card = page.locator(`#indicator-${INDICATOR}`);
    await card.getByRole('radio', { name: /Tingkat 1/ }).check();
    const files = [
      { name: 'sk-puspa-melati.pdf', mimeType: 'application/pdf', buffer: makePdf('SK Puspa Melati') },
      { name: 'foto-layanan.png', mimeType: 'image/png', buffer: makePng(320, 200) },
    ];
    for (const file of files) {
      await card.getByLabel(`Pilih berkas (${INDICATOR})`).setInputFiles(file);
      await card.getByText(file.name, { exact: true }).waitFor();
      await card.getByRole('status').waitFor({ state: 'detached' });
    }
  });

  it('previews the PDF in the browser’s PDF viewer', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Lihat: sk-puspa-melati.pdf' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Pratinjau: sk-puspa-melati.pdf' });
    await dialog.locator('iframe[src^="blob:"]').waitFor();
    await waitForPdfViewer(page);
    await saveScreenshot(page, 'evidence-preview-pdf', 'id');
    // The PDF viewer may hold the mouse; the keyboard closes the dialog, as in spec 01.
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).last().press('Enter');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('previews the photo decoded at its real size', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Lihat: foto-layanan.png' }).click();
    const image = page.getByRole('dialog').getByRole('img', { name: 'foto-layanan.png' });
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(320);
    await saveScreenshot(page, 'evidence-preview-image', 'id');
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).last().click();
  });
});
