import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshotsInBothLanguages, type TBrowserSession } from './support/browser';
import { signIn } from './support/login';
import { ADMIN_EMAIL } from './support/flow-data';
import { expectPackageIntact } from './support/package';

/** The ADMIN freezes the national package (the seed's READY_TO_SEND innovations), checks it and marks it sent. */
describe('the ADMIN freezes and sends the national package', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, ADMIN_EMAIL);
  });
  afterAll(async () => {
    await session.close();
  });

  it('freezes after a confirmation that names what goes in', async () => {
    const { page } = session;
    await page.goto('/admin/exports');
    await page.getByRole('heading', { name: 'Paket beku', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Bekukan paket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bekukan paket pengiriman?' });
    await dialog.getByText(/inovasi: \d+ siap kirim/).waitFor();
    await dialog.getByRole('button', { name: 'Bekukan paket' }).click();
    // Freezing builds the whole package (a PDF per innovation, every evidence file) once: on a 2-core machine
    // that also reads the evidence of spec 03 in the background, this takes longer than a click.
    await page.getByText('Paket #1 dibekukan dan disimpan.').waitFor({ timeout: 90_000 });
    await page.getByRole('row', { name: /#1/ }).getByText('Beku, belum dikirim').waitFor();
  });

  it('downloads exactly the recorded bytes and checks their integrity', async () => {
    const { page } = session;
    const row = page.getByRole('row', { name: /#1/ });
    await expectPackageIntact(page, row, 1);
    await saveScreenshotsInBothLanguages(page, 'admin-package-frozen');
  });

  it('marks the package sent after a confirmation', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Tandai paket #1 terkirim' }).click();
    const confirm = page.getByRole('dialog', { name: 'Tandai paket #1 terkirim?' });
    await confirm.getByRole('button', { name: 'Tandai terkirim' }).click();
    await page.getByText('Paket #1 ditandai terkirim.').waitFor();
    await page.getByRole('row', { name: /#1/ }).getByText('Terkirim', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Tandai paket #1 terkirim' }).count()).resolves.toBe(0);
  });
});
