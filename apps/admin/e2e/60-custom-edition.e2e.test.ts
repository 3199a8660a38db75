import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openBrowser,
  saveFailureScreenshot,
  saveScreenshot,
  saveScreenshotsInBothLanguages,
  type TBrowserSession,
} from './support/browser';
import { ADMIN_EMAIL, OPERATOR_EMAIL } from './support/flow-data';
import { paragraph, pickOption, typeDate } from './support/forms';
import { signIn, switchUser } from './support/login';

const EDITION_CODE = 'pati-2027-e2e';
const EDITION_NAME = 'Pati 2027 (uji e2e)';
const INNOVATION_NAME = 'Posyandu Digital Balita (uji edisi kustom)';
const POSYANDU_SENTENCE =
  'dijalankan kader posyandu bersama bidan desa agar setiap balita ditimbang dan dicatat';

describe('the ADMIN clones IGA 2026, changes a weight, a period uses it, and the OPERATOR works under it', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, ADMIN_EMAIL);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveFailureScreenshot(session.page, task.name);
  });
  afterAll(async () => {
    await session.close();
  });

  it('clones IGA 2026 into a custom edition from the "Edisi aturan" screen', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Edisi aturan' }).click();
    await page.getByRole('heading', { name: 'Edisi aturan' }).waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-editions');
    await page.getByRole('button', { name: 'Klon edisi IGA 2026' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kode edisi baru').fill(EDITION_CODE);
    await dialog.getByLabel('Nama edisi baru').fill(EDITION_NAME);
    await dialog.getByRole('button', { name: 'Buat salinan' }).click();
    await page.getByRole('heading', { name: EDITION_NAME }).waitFor();
    await page.waitForURL(new RegExp(`/admin/editions/${EDITION_CODE}$`));
  });

  it('changes indicator 16’s weight, sees the error at the total and fixes it, then saves', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Indikator inovasi (SID)' }).click();
    await page.getByRole('button', { name: /16\. Regulasi Inovasi Daerah/ }).click();
    const weight = page.locator('#edition-sid-0-weightX100');
    await weight.fill('4');
    await saveScreenshot(page, 'admin-edition-sid', 'id');
    // The domain's own check, live: the total maximum no longer adds up.
    await page.getByText('1 isian belum benar. Perbaiki kolom yang ditandai sebelum menyimpan.').waitFor();
    await expect(page.getByRole('button', { name: 'Simpan edisi' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('tab', { name: 'Konstanta' }).click();
    await page.locator('#edition-constants-totalMax-value-error').waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-edition-constants');
    await page.getByRole('button', { name: 'Pakai 253,00' }).click();
    await page.getByText('Semua aturan valid.').waitFor();
    // Saving asks where the new values come from.
    await page.getByRole('button', { name: 'Simpan edisi' }).click();
    await page.getByText('Isi dokumen rujukan untuk nilai yang diubah.').waitFor();
    await page.getByLabel('Dokumen rujukan').fill('Surat Kepala BSKDN 2027 (uji e2e)');
    await page.getByRole('tab', { name: /^Perubahan/ }).click();
    await page.getByRole('cell', { name: 'SID 16 · Regulasi Inovasi Daerah' }).first().waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-edition-changes');
    await page.getByRole('button', { name: 'Simpan edisi' }).click();
    await page.getByText('Edisi tersimpan (versi 2).').waitFor();
  });

  it('opens a 2029 period on the custom edition', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Periode' }).click();
    await page.getByRole('heading', { name: 'Periode penilaian' }).waitFor();
    await page.getByRole('button', { name: 'Periode baru' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Tahun penilaian').fill('2029');
    await drawer.getByLabel('Nama', { exact: true }).fill('IID 2029');
    await drawer.getByLabel('Edisi aturan').click();
    await page.locator('.ant-select-item-option', { hasText: `${EDITION_NAME} (${EDITION_CODE})` }).click();
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /IID 2029/ });
    await row.getByText(EDITION_CODE).waitFor();
    await row.getByRole('button', { name: 'Ubah periode IID 2029' }).click();
    await page.getByRole('dialog').getByLabel('Status').click();
    await page.locator('.ant-select-item-option', { hasText: 'Dibuka' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await row.getByText('Dibuka').waitFor();
  });

  it('shows the OPERATOR the custom edition’s weight and derives indicator 33’s tier from a figure', async () => {
    const { page } = session;
    await switchUser(page, OPERATOR_EMAIL);
    await page.goto('/innovations/new');
    await page.getByLabel('Nama inovasi', { exact: true }).fill(INNOVATION_NAME);
    await page.getByRole('radio', { name: 'Penerapan' }).check();
    await pickOption(page, 'Urusan pemerintahan utama', 'Kesehatan');
    await typeDate(page, 'Waktu uji coba', '03/06/2024');
    await typeDate(page, 'Waktu penerapan', '06/01/2025');
    for (const label of [
      'Dasar hukum',
      'Permasalahan',
      'Isu strategis',
      'Metode pembaharuan',
      'Keunggulan dan kebaharuan',
      'Tahapan inovasi / cara kerja',
    ])
      await page.getByLabel(label, { exact: true }).fill(paragraph(label, 55, POSYANDU_SENTENCE));
    await page.getByLabel('Tujuan inovasi').fill('Semua balita terpantau pertumbuhannya setiap bulan.');
    await page.getByLabel('Manfaat yang diperoleh').fill('Ibu tidak perlu membawa buku KIA ke posyandu.');
    await page.getByLabel('Hasil inovasi').fill('Balita tertimbang naik dari 70 persen menjadi 92 persen.');
    await page.getByRole('button', { name: 'Simpan dan lanjut ke indikator' }).click();
    await page.getByRole('heading', { name: INNOVATION_NAME }).waitFor();

    // The period's edition is the custom one, with indicator 16 at weight 4 (3 in IGA 2026).
    await page.getByText(`Edisi aturan: ${EDITION_NAME}`).waitFor();
    const k16 = page.locator('#indicator-16');
    await k16.getByText('Bobot 4,00').waitFor();
    await k16.getByRole('radio', { name: /Tingkat 3/ }).check();
    await k16.getByText('12,00 poin').waitFor();

    // Indicator 33: basis a (beneficiaries), a figure of 350 persons; the tier comes from the edition's bands.
    const k33 = page.locator('#indicator-33');
    await k33.getByRole('combobox').click();
    await k33.getByRole('combobox').press('Enter');
    const figure = k33.getByLabel('Angka capaian (orang)');
    // A point that cannot group thousands is refused with the Indonesian writing, never read as 3,5.
    await figure.fill('3.50');
    await k33.getByText('“3.50” dapat dibaca dua cara', { exact: false }).waitFor();
    await k33.getByText('maksud Anda 3,50?', { exact: false }).waitFor();
    await figure.fill('350');
    await k33.getByText('Tingkat 2 menurut aturan penilaian tahun ini (6,00 poin)').waitFor();
    await k33.getByRole('button', { name: 'Simpan angka' }).click();
    await k33.getByText('Tingkat dihitung dari angka capaian 350.', { exact: false }).waitFor();
    await expect.poll(() => k33.getByRole('radio', { name: /Tingkat 2/ }).isChecked()).toBe(true);
    await saveScreenshotsInBothLanguages(page, 'operator-custom-edition');
  });
});
