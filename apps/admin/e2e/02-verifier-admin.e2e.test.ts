import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  openBrowser,
  saveScreenshotsInBothLanguages,
  waitForPdfViewer,
  waitForQuietNetwork,
  type TBrowserSession,
} from './support/browser';
import {
  ADMIN_EMAIL,
  E2E_INNOVATION_NAME,
  OPERATOR_EMAIL,
  VERIFIER_EMAIL,
  VIEWER_EMAIL,
} from './support/flow-data';
import { signIn, switchUser } from './support/login';
import {
  confirmMove,
  expectNotification,
  indicatorCard,
  literally,
  readStatistic,
  saveVerdict,
  chooseVerdict,
} from './support/review';

/** The indicators the operator (01) answered; 16 is rejected once, then fixed to tier 2. */
const ANSWERED = ['16', '17', '32', '33', '35'];
const REJECT_NOTE =
  'SK Kepala Daerah tidak memuat nama inovasi ini. Lampirkan halaman lampiran yang menyebutkannya.';
const RETURN_NOTE = 'Perbaiki indikator 16 (Regulasi) sesuai catatan.';
const REPLY = 'Halaman lampiran SK yang menyebut inovasi ini sudah ditambahkan.';
const NAME_PATTERN = literally(E2E_INNOVATION_NAME);

const card = indicatorCard;

/** The dashboard's IID of the verified innovations; its title ends with the n counted, which changes. */
const VERIFIED_IID = /^IID dari inovasi terverifikasi \(n = \d+ inovasi\)$/;

describe('the VERIFIER rejects one indicator and returns; the OPERATOR fixes and resubmits; approval; the ADMIN sees it', () => {
  let session: TBrowserSession;
  let reviewPath = '';
  let verifiedIidBefore = '';
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
  });
  afterAll(async () => {
    await session.close();
  });

  it('notes the verified projection before the review', async () => {
    const { page } = session;
    await signIn(page, VERIFIER_EMAIL);
    await page.goto('/dashboard');
    await page.getByText('Proyeksi Indeks Inovasi Daerah (IID)', { exact: true }).waitFor();
    verifiedIidBefore = await readStatistic(page, VERIFIED_IID);
    expect(verifiedIidBefore).toMatch(/^\d+,\d\d$/);
  });

  it('finds the submitted innovation in the queue', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Antrean verifikasi' }).click();
    await page.getByRole('heading', { name: 'Antrean verifikasi' }).waitFor();
    const row = page.getByRole('row', { name: NAME_PATTERN });
    await row.getByText('Diajukan').waitFor();
    await saveScreenshotsInBothLanguages(page, 'verifier-queue');
    await row.getByRole('link', { name: E2E_INNOVATION_NAME }).click();
    await page.getByRole('heading', { name: E2E_INNOVATION_NAME }).waitFor();
    reviewPath = new URL(page.url()).pathname;
  });

  it('starts the review and sees the claim, the official option text and the evidence inline', async () => {
    const { page } = session;
    await confirmMove(page, 'Mulai verifikasi');
    await page.getByText('Sedang diverifikasi').first().waitFor();
    await card(page, '16').getByText('Tingkat 3 · 9,00 poin').waitFor();
    await card(page, '16').getByText('Peraturan Daerah').first().waitFor();
    await card(page, '16').locator('iframe[src^="blob:"]').waitFor();
    await waitForPdfViewer(page);
    await card(page, '35')
      .getByRole('link', { name: /youtube\.com/ })
      .waitFor();
  });

  it('refuses a rejection without a note in the form, and previews its effect on the score', async () => {
    const { page } = session;
    const c = card(page, '16');
    await chooseVerdict(page, '16', 'Tolak');
    await c.getByRole('button', { name: 'Simpan putusan' }).click();
    await c.getByText('Tulis catatan: wajib untuk putusan turunkan atau tolak.').waitFor();
    await expect.poll(() => readStatistic(page, 'Klaim OPD')).toBe('37,00');
  });

  it('rejects indicator 16 with a note, accepts the others, and shows claimed vs verified', async () => {
    const { page } = session;
    await saveVerdict(page, '16', 'Tolak', REJECT_NOTE);
    for (const code of ANSWERED.slice(1)) await saveVerdict(page, code, 'Terima');
    // 37 claimed; verified = 37 - 9 for the rejected Regulasi (tier 3 x weight 3).
    await expect.poll(() => readStatistic(page, 'Klaim OPD')).toBe('37,00');
    await expect.poll(() => readStatistic(page, 'Terverifikasi')).toBe('28,00');
    await saveScreenshotsInBothLanguages(page, 'verifier-review');
  });

  it('returns the innovation for revision with a required note', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Kembalikan untuk perbaikan', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Kembalikan untuk perbaikan' }).click();
    await dialog.getByText('Catatan wajib diisi.').waitFor();
    await dialog.getByRole('textbox').fill(RETURN_NOTE);
    await dialog.getByRole('button', { name: 'Kembalikan untuk perbaikan' }).click();
    await page.getByText('Dikembalikan').first().waitFor();
  });

  it('lets the OPERATOR see the note, fix indicator 16 and resubmit', async () => {
    const { page } = session;
    await switchUser(page, OPERATOR_EMAIL);
    // The return reached the operator's bell, naming the innovation (issue 9 point 4).
    await expectNotification(page, `Dikembalikan untuk perbaikan: ${E2E_INNOVATION_NAME}`);
    const innovationId = reviewPath.split('/').at(-1) ?? '';
    await page.goto(`/innovations/${innovationId}/indicators`);
    const c = card(page, '16');
    const history = c.locator('.indicator-history');
    await history.getByText(REJECT_NOTE).waitFor();
    await c.getByRole('radio', { name: /Tingkat 2/ }).check();
    await expect.poll(() => c.getByRole('radio', { name: /Tingkat 2/ }).isChecked()).toBe(true);
    // The change reset the verdict; the verifier's note stays in the history, and the operator answers it.
    await history.getByText(REJECT_NOTE).waitFor();
    await c.getByLabel('Balas catatan verifikator').fill(REPLY);
    await c.getByRole('button', { name: 'Kirim balasan' }).click();
    await history.getByText(REPLY).waitFor();
    // A returned innovation is submitted again ("ajukan ulang"), once the changed answer is saved.
    await waitForQuietNetwork(page);
    await page.getByRole('button', { name: 'Ajukan ulang' }).click();
    await page
      .getByRole('dialog')
      .filter({ has: page.getByText('Ajukan inovasi ini?', { exact: true }) })
      .getByRole('button', { name: 'Ajukan ulang' })
      .click();
    await page.getByRole('heading', { name: 'Inovasi unit saya' }).waitFor();
  });

  it('lets the VERIFIER judge the changed indicator again and approve', async () => {
    const { page } = session;
    await switchUser(page, VERIFIER_EMAIL);
    // The resubmission is marked in the queue, with its round.
    await page.getByRole('link', { name: 'Antrean verifikasi' }).click();
    await page.getByRole('row', { name: NAME_PATTERN }).getByText('Dikirim ulang · Pengajuan ke-2').waitFor();
    await page.goto(reviewPath);
    // The whole conversation on indicator 16 is on the review page too.
    await card(page, '16').locator('.indicator-history').getByText(REPLY).waitFor();
    await card(page, '16').locator('.indicator-history').getByText(REJECT_NOTE).waitFor();
    await confirmMove(page, 'Mulai verifikasi');
    await page.getByText('Sedang diverifikasi').first().waitFor();
    // The OPD's change reset indicator 16 to pending; approving waits for it.
    await card(page, '16').locator('.ant-card-extra').getByText('Menunggu').waitFor();
    await expect(page.getByRole('button', { name: 'Setujui', exact: true }).isDisabled()).resolves.toBe(true);
    for (const code of ANSWERED) {
      const pending = await card(page, code).locator('.ant-card-extra').getByText('Menunggu').count();
      if (pending > 0) await saveVerdict(page, code, 'Terima');
    }
    // 16 now tier 2 x 3 = 6: 6 + 4 + 6 + 6 + 12.
    await expect.poll(() => readStatistic(page, 'Terverifikasi')).toBe('34,00');
    await confirmMove(page, 'Setujui');
    await page.getByText('Terverifikasi', { exact: true }).first().waitFor();
  });

  it('shows the ADMIN the new verified maturity and a changed projection', async () => {
    const { page } = session;
    await switchUser(page, ADMIN_EMAIL);
    await page.goto('/dashboard');
    await page.getByText('Proyeksi Indeks Inovasi Daerah (IID)', { exact: true }).waitFor();
    const whatIf = page.locator('.ant-card', { has: page.getByText('Simulasi: pilih inovasi yang dikirim') });
    await whatIf.getByRole('row', { name: NAME_PATTERN }).getByText('34,00').waitFor();
    await expect.poll(() => readStatistic(page, VERIFIED_IID)).not.toBe(verifiedIidBefore);
    await saveScreenshotsInBothLanguages(page, 'admin-dashboard-after-approval');
  });

  it('moves the what-if IID when the new innovation is switched off, and back', async () => {
    const { page } = session;
    const whatIf = page.locator('.ant-card', { has: page.getByText('Simulasi: pilih inovasi yang dikirim') });
    const simulated = await readStatistic(page, 'IID simulasi');
    await whatIf.getByRole('switch', { name: `Kirim ${E2E_INNOVATION_NAME}` }).click();
    await expect.poll(() => readStatistic(page, 'IID simulasi')).not.toBe(simulated);
    await whatIf.getByRole('button', { name: 'Kembalikan ke pilihan saat ini' }).click();
    await expect.poll(() => readStatistic(page, 'IID simulasi')).toBe(simulated);
  });
});

describe('the ADMIN management screens', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    await signIn(session.page, ADMIN_EMAIL);
  });
  afterAll(async () => {
    await session.close();
  });

  it.each([
    ['/dashboard', 'Dasbor inovasi daerah', 'admin-dashboard'],
    ['/admin/periods', 'Periode penilaian', 'admin-periods'],
    ['/admin/units', 'Unit kerja', 'admin-units'],
    ['/admin/users', 'Pengguna', 'admin-users'],
    ['/admin/spd', 'Indikator SPD (tingkat daerah)', 'admin-spd'],
    ['/admin/audit', 'Jejak audit', 'admin-audit'],
  ])('opens %s', async (path, heading, shot) => {
    const { page } = session;
    await page.goto(path);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await page.locator('.ant-table-row, .ant-card').first().waitFor();
    await waitForQuietNetwork(page);
    await saveScreenshotsInBothLanguages(page, shot);
  });

  it('creates a unit through the form (validated in place) and finds it in the audit trail', async () => {
    const { page } = session;
    await page.goto('/admin/units');
    await page.getByRole('button', { name: 'Unit baru' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await drawer.getByText('Terlalu pendek (minimal 2 karakter).').waitFor();
    await drawer.getByLabel('Nama unit').fill('UPTD Laboratorium Kesehatan Daerah (uji e2e)');
    // Unique per run, so the test also passes against a database that kept an earlier run's unit.
    await drawer.getByLabel('Singkatan').fill(`Labkesda ${Date.now() % 1_000_000}`);
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tersimpan.').waitFor();
    await page.goto('/admin/audit');
    // Filtered by a kind a person understands; the row says what happened in words, never `unit.create`.
    await page.getByLabel('Jenis tindakan', { exact: true }).click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'Pengaturan (periode, unit, akun, impor)', visible: true })
      .click();
    await page
      .getByRole('cell', { name: /Menambah unit UPTD Laboratorium Kesehatan Daerah \(uji e2e\)/ })
      .first()
      .waitFor();
    await expect(page.getByText('unit.create').count()).resolves.toBe(0);
    // The newest event comes first: its change list holds the name typed in the form.
    await page.locator('.ant-table-row-expand-icon').first().click();
    await page.getByText('UPTD Laboratorium Kesehatan Daerah (uji e2e)').first().waitFor();
  });
});

describe('the dashboard on a 360 px phone, as the VIEWER (read-only)', () => {
  let session: TBrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'), { width: 360, height: 780 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('reads the dashboard without edit controls and cannot open management screens', async () => {
    const { page } = session;
    await signIn(page, VIEWER_EMAIL);
    await page.goto('/dashboard');
    await page.getByText('Proyeksi Indeks Inovasi Daerah (IID)', { exact: true }).waitFor();
    await page.getByText('Tampilan baca saja').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshotsInBothLanguages(page, 'viewer-dashboard-360');
    for (const path of ['/admin/periods', '/admin/users', '/admin/spd', '/review']) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'Tidak ada akses' }).waitFor();
    }
  });
});
