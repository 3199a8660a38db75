import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshotsInBothLanguages, type TBrowserSession } from './support/browser';
import { VIEWER_EMAIL } from './support/flow-data';
import { signIn } from './support/login';
import { allowPageProblem } from './support/page-guard';

describe('a VIEWER (pimpinan) reads but cannot edit', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, VIEWER_EMAIL);
  });
  afterAll(async () => {
    await session.close();
  });

  it('does not see the operator screens in the menu', async () => {
    const { page } = session;
    await expect(page.getByRole('link', { name: 'Inovasi unit saya' }).count()).resolves.toBe(0);
  });

  it.each(['/innovations', '/innovations/new'])('gets "no access" when opening %s directly', async (path) => {
    const { page } = session;
    await page.goto(path);
    await page.getByRole('heading', { name: 'Tidak ada akses' }).waitFor();
    await expect(page.getByLabel('Nama inovasi').count()).resolves.toBe(0);
  });

  it('is stopped by the server too, whatever the screen shows', async () => {
    const { page } = session;
    // The refusal this test provokes is logged by the browser as a failed load.
    const allowRefusal = allowPageProblem(session.context, /status of 403 .*\/trpc\/answer\.set/);
    const status = await page.evaluate(async () => {
      const response = await fetch('/trpc/answer.set', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { submissionId: 'any', code: '16', claimedTier: 3 } }),
      });
      return response.status;
    });
    expect(status).toBe(403);
    allowRefusal();
  });

  it('shows the no-access page in both languages', async () => {
    await saveScreenshotsInBothLanguages(session.page, 'viewer-no-access');
  });

  it('gets a 404 page for an unknown address', async () => {
    const { page } = session;
    await page.goto('/tidak-ada');
    await page.getByRole('heading', { name: 'Halaman tidak ditemukan' }).waitFor();
  });
});
