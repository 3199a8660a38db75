import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openBrowser,
  saveFailureScreenshot,
  saveScreenshot,
  saveScreenshotsInBothLanguages,
  type TBrowserSession,
} from './support/browser';
import { signIn } from './support/login';
import { allowPageProblem } from './support/page-guard';
import { ADMIN_EMAIL } from './support/flow-data';

const NEW_OPERATOR = 'operator.pkm-e2e@demo.inovda.id';

/** A `;`-separated CSV with a BOM, as Excel in the Indonesian locale saves it. */
function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');
}

const UNIT_HEADER = ['Kode singkat', 'Nama unit', 'Jenis unit', 'Kode induk', 'Urusan'];

async function chooseFile(page: Page, name: string, content: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
}

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Impor data' }).click();
  await page.getByRole('heading', { name: 'Impor data', level: 2 }).waitFor();
}

describe('the ADMIN imports units and users from spreadsheets (create, then update); a new user sets a password at first sign-in', () => {
  let session: TBrowserSession;
  let initialPassword = '';
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

  it('offers the template of each kind as an XLSX download', async () => {
    const { page } = session;
    await openImport(page);
    const href = await page.getByRole('link', { name: 'Unduh templat XLSX' }).getAttribute('href');
    expect(href).toBe('/imports/templates/units.xlsx');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('checks every row of a file and shows what is wrong, saving nothing', async () => {
    const { page } = session;
    await chooseFile(
      page,
      'unit-salah.csv',
      csv([UNIT_HEADER, ['PKM-E2E', 'UPTD Puskesmas Uji E2E', 'PUSKESMAS', 'TIDAK-ADA', 'Kesehatan']]),
    );
    await page.getByText('Unit induk "TIDAK-ADA" tidak ada di daerah ini maupun di berkas ini.').waitFor();
    await page.getByText('1 baris masih salah', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: /^Impor/ }).count()).resolves.toBe(0);
    await saveScreenshotsInBothLanguages(page, 'admin-import-errors');
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
  });

  it('imports a good file in one go and reports the count', async () => {
    const { page } = session;
    await chooseFile(
      page,
      'unit.csv',
      csv([
        UNIT_HEADER,
        ['PKM-E2E', 'UPTD Puskesmas Uji E2E', 'PUSKESMAS', 'Dinkes', 'Kesehatan'],
        ['SD-E2E', 'SD Negeri Uji E2E', 'SEKOLAH', 'Disdikbud', 'Pendidikan'],
      ]),
    );
    await page.getByText('Semua 2 baris siap diimpor.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Impor 2 baris' }).click();
    await page.getByRole('button', { name: 'Ya, impor' }).click();
    await page.getByRole('heading', { name: 'Impor selesai' }).waitFor();
    await page.getByText('2 unit baru disimpan.').waitFor();
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
  });

  it('updates existing units from a fixed file, showing each change before saving', async () => {
    const { page } = session;
    await chooseFile(
      page,
      'unit-diperbaiki.csv',
      csv([
        UNIT_HEADER,
        ['PKM-E2E', 'UPTD Puskesmas Uji E2E Baru', 'PUSKESMAS', 'Dinkes', 'Kesehatan'],
        ['SD-E2E', 'SD Negeri Uji E2E', 'SEKOLAH', 'Disdikbud', 'Pendidikan'],
      ]),
    );
    await page.getByText('Semua 2 baris siap diimpor.', { exact: false }).waitFor();
    await page.getByText('Akan dibuat 0, diperbarui 1, tidak berubah 1.').waitFor();
    await page.locator('.ant-tag', { hasText: 'Diperbarui' }).waitFor();
    await page.locator('.ant-tag', { hasText: 'Tidak berubah' }).waitFor();
    await page.getByText('Nama unit: UPTD Puskesmas Uji E2E → UPTD Puskesmas Uji E2E Baru').waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-import-update');
    await page.getByRole('button', { name: 'Impor 2 baris' }).click();
    await page.getByRole('button', { name: 'Ya, impor' }).click();
    await page.getByRole('heading', { name: 'Impor selesai' }).waitFor();
    await page.getByText('1 unit diperbarui.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
  });

  it('creates an account with a one-time initial password', async () => {
    const { page } = session;
    await page.locator('.ant-segmented').getByText('Pengguna', { exact: true }).click();
    await chooseFile(
      page,
      'pengguna.csv',
      csv([
        ['Email', 'Nama lengkap', 'Peran', 'Kode unit'],
        [NEW_OPERATOR, 'Operator Puskesmas Uji', 'OPERATOR', 'PKM-E2E'],
      ]),
    );
    await page.getByRole('button', { name: 'Impor 1 baris' }).click();
    await page.getByRole('button', { name: 'Ya, impor' }).click();
    await page.getByText('Kata sandi awal', { exact: true }).first().waitFor();
    initialPassword = (await page.locator('.import-password').first().innerText()).trim();
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    await page.getByRole('button', { name: 'Unduh lembar kata sandi (CSV)' }).waitFor();
    await saveScreenshot(page, 'admin-import-passwords', 'id');
  });

  it('makes the new user choose a password before anything else', async () => {
    const phone = await openBrowser(inject('baseUrl'), { width: 360, height: 780 });
    try {
      const { page } = phone;
      // The server answers the first sign-in with an initial password 403 "choose a password first", by design.
      allowPageProblem(phone.context, /status of 403 .*\/trpc\/auth\.login/);
      await page.goto('/login');
      await page.getByLabel('Email').fill(NEW_OPERATOR);
      await page.getByLabel('Kata sandi', { exact: true }).fill(initialPassword);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByText('Ini pertama kali Anda masuk', { exact: false }).waitFor();
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('Sandi-baru-e2e-1');
      await page.getByLabel('Ulangi kata sandi baru').fill('Sandi-baru-e2e-1');
      await saveScreenshot(page, 'first-login-new-password', 'id');
      await page.getByRole('button', { name: 'Simpan kata sandi dan masuk' }).click();
      await page.getByRole('heading', { name: 'Inovasi unit saya' }).waitFor();
    } finally {
      await phone.close();
    }
  });

  it('shows the row report as cards on a phone', async () => {
    const phone = await openBrowser(inject('baseUrl'), { width: 360, height: 780 });
    try {
      const { page } = phone;
      await signIn(page, ADMIN_EMAIL);
      await page.goto('/admin/imports');
      // "Only create new rows": an existing code is refused as a duplicate, as before update-or-create.
      await page.getByRole('radio', { name: /Hanya buat baris baru/ }).check();
      await chooseFile(
        page,
        'unit.csv',
        csv([UNIT_HEADER, ['PKM-E2E', 'Sudah Ada', 'PUSKESMAS', 'Dinkes', '']]),
      );
      await page.getByText('Baris 2', { exact: true }).waitFor();
      await page.getByText('Kode "PKM-E2E" sudah dipakai unit "UPTD Puskesmas Uji E2E Baru".').waitFor();
      await saveScreenshot(page, 'admin-import-phone', 'id');
    } finally {
      await phone.close();
    }
  });
});
