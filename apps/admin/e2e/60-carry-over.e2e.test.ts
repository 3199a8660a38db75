import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, saveScreenshotsInBothLanguages, type TBrowserSession } from './support/browser';
import { signIn } from './support/login';
import { callTrpc } from './support/trpc';
import { ADMIN_EMAIL } from './support/flow-data';

const OPERATOR_EMAIL = 'operator.dinkes@demo.inovda.id';

interface TUnitNode {
  id: string;
  name: string;
  children: TUnitNode[];
}
const findUnit = (nodes: TUnitNode[], name: string): TUnitNode | undefined =>
  nodes.flatMap((n) => [n, ...n.children]).find((n) => n.name === name) ??
  nodes.map((n) => findUnit(n.children, name)).find(Boolean);

const words = (topic: string) => Array.from({ length: 55 }, (_, i) => `${topic}${i}`).join(' ');
function profile(name: string, unitId: string, periodId: string, penerapan: string) {
  return {
    periodId,
    name,
    unitId,
    urusan: 'kesehatan',
    urusanLain: [],
    tahapan: 'PENERAPAN',
    inisiator: 'OPD',
    jenis: 'NON_DIGITAL',
    bentuk: 'PELAYANAN_PUBLIK',
    waktuUjiCoba: penerapan,
    waktuPenerapan: penerapan,
    tujuan: 'Mendekatkan layanan kepada warga.',
    manfaat: 'Warga tidak perlu datang ke kantor.',
    hasil: 'Waktu layanan turun separuh.',
    rancangBangun: {
      dasarHukum: words('hukum'),
      permasalahan: words('masalah'),
      isuStrategis: words('isu'),
      metodePembaharuan: words('metode'),
      keunggulan: words('unggul'),
      tahapanCaraKerja: words('tahap'),
    },
  };
}

/**
 * Next year (flow 5): Bapperida carries last year's innovations into the open year under the two-year rule;
 * the OPD adds the development note an older innovation needs; last year stays a read-only archive.
 */
describe('carry-over to the next year', () => {
  let session: TBrowserSession;
  const ids = { source: '', target: '', recent: '', old: '' };

  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'));
    const { page } = session;
    await signIn(page, ADMIN_EMAIL);
    // Setup through the API: a 2025 period with two innovations of Dinas Kesehatan, then closed.
    const periods = await callTrpc<{ id: string; year: number }[]>(page, 'period.list', undefined, 'query');
    ids.target = periods.find((p) => p.year === 2026)?.id ?? '';
    let period = await callTrpc<{ id: string; version: number }>(
      page,
      'period.create',
      { year: 2025, editionCode: 'iga-2026' },
      'mutation',
    );
    ids.source = period.id;
    const { units } = await callTrpc<{ units: TUnitNode[] }>(
      page,
      'unit.list',
      { includeInactive: false },
      'query',
    );
    const dinkes = findUnit(units, 'Dinas Kesehatan');
    if (!dinkes) throw new Error('Dinas Kesehatan not in the demo units');
    const create = (name: string, penerapan: string) =>
      callTrpc<{ id: string }>(
        page,
        'innovation.create',
        profile(name, dinkes.id, ids.source, penerapan),
        'mutation',
      );
    ids.recent = (await create('Sapa Lansia', '2025-01-15')).id;
    ids.old = (await create('Kartu Sehat Keliling', '2022-03-01')).id;
    for (const state of ['OPEN', 'REVIEW', 'CLOSED']) {
      period = await callTrpc(
        page,
        'period.update',
        { id: ids.source, version: period.version, state },
        'mutation',
      );
    }
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows each innovation with the rule verdict and reason, carries the chosen ones after a confirmation', async () => {
    const { page } = session;
    await page.goto(`/admin/carry-over?from=${ids.source}&to=${ids.target}`);
    await page.getByRole('heading', { name: 'Bawa ke tahun berikutnya' }).waitFor();
    await page.getByText('Jendela kelayakan 2026', { exact: false }).waitFor();
    const recent = page.getByRole('row', { name: /Sapa Lansia/ });
    const old = page.getByRole('row', { name: /Kartu Sehat Keliling/ });
    await recent.getByText('Layak', { exact: true }).waitFor();
    await old.getByText('Perlu pengembangan', { exact: true }).waitFor();
    await old.getByText(/Penerapan .* sudah lebih dari dua tahun/).waitFor();
    await old.getByText('Wajib catatan pengembangan').waitFor();

    await page.getByRole('checkbox', { name: 'Pilih Sapa Lansia' }).check();
    await page.getByRole('checkbox', { name: 'Pilih Kartu Sehat Keliling' }).check();
    await page.getByRole('button', { name: 'Bawa 2 yang dipilih' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bawa 2 inovasi ke 2026?' });
    await dialog.getByText('1 di antaranya wajib diberi catatan pengembangan', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Bawa' }).click();
    await page.getByText('2 inovasi dibawa ke 2026').waitFor();
    await recent.getByText('Sudah ada di 2026').waitFor();
    await saveScreenshotsInBothLanguages(page, 'admin-carry-over');

    // The same innovation twice into one year: the server refuses, with a clear reason.
    const again = await page.request.post('/trpc/carryOver.carry', {
      data: JSON.stringify({
        json: {
          sourcePeriodId: ids.source,
          targetPeriodId: ids.target,
          selection: { kind: 'INNOVATIONS', innovationIds: [ids.recent] },
        },
      }),
      headers: { 'content-type': 'application/json', 'accept-language': 'id' },
    });
    expect(again.status()).toBe(409);
    expect(JSON.stringify(await again.json())).toContain('sudah ada di periode 2026');
  });

  it('lets the OPD add the development note, and keeps last year read-only', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Email').waitFor();
    await signIn(page, OPERATOR_EMAIL);
    await page.goto(`/innovations/${ids.old}/profile`);
    await page.getByText('Inovasi ini dibawa dari periode 2025.').waitFor();
    await page.getByText(/Wajib diisi sebelum diajukan/).waitFor();
    await page
      .getByLabel('Apa yang berubah?')
      .fill('Layanan kini menjangkau 21 puskesmas dan desa terpencil.');
    await page.getByRole('button', { name: 'Simpan catatan' }).click();
    await page.getByText('Catatan pengembangan tersimpan.').waitFor();
    await saveScreenshotsInBothLanguages(page, 'operator-development-note');

    await page.goto(`/innovations/${ids.old}/profile?period=${ids.source}`);
    await page.getByText('Arsip periode 2025: hanya dapat dibaca.').waitFor();
    await page.getByText('Profil tidak dapat diubah pada status ini.').waitFor();
    await expect(page.getByRole('button', { name: 'Simpan catatan' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Simpan profil' }).count()).resolves.toBe(0);
    await saveScreenshotsInBothLanguages(page, 'operator-archive-2025');
  });
});
