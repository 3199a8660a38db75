// Reads of a past period after its innovation was carried into a new year and edited there: the exports (CSV,
// workbook, printed profile), the list, the detail and the dashboard of the old period show the profile that
// period assessed (the snapshot kept at carry-over); the new period shows the edited one.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExportApp, type ExportApp } from '../export-app.ts';
import { pdfText } from '../export-readers.ts';
import type { Harness } from '../harness.ts';
import { createPastSubmission, ensurePeriod } from './fixtures.ts';

const OLD = { name: 'Antar Obat Versi 2025', tujuan: 'Mendekatkan layanan obat kepada pasien kronis.' };
const NEW = { name: 'Antar Obat Versi 2026', tujuan: 'Tujuan baru tahun 2026: seluruh kecamatan.' };

/** The CSV export of a period as rows of { column name: text }. */
async function csvRows(t: ExportApp, periodId: string) {
  const res = await t.get(`/exports/${periodId}/innovations.csv`, 'admin').expect(200);
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([(res.body as Buffer).subarray(3)]), {
    parserOptions: { delimiter: ';' },
  });
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.push(Object.fromEntries(header.map((name, i) => [name, row.getCell(i + 1).text])));
  });
  return rows;
}

/** The Inovasi sheet of a period's workbook, as rows of { column name: text }. */
async function xlsxRows(t: ExportApp, periodId: string) {
  const res = await t.get(`/exports/${periodId}/innovations.xlsx`, 'admin').expect(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Inovasi')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.push(Object.fromEntries(header.map((name, i) => [name, row.getCell(i + 1).text])));
  });
  return rows;
}

describe('a past period reads its archived profile', () => {
  let t: ExportApp;
  let h: Harness;
  let closed: { id: string };
  let innovationId: string;
  let carriedId: string;

  beforeAll(async () => {
    t = await openExportApp();
    h = t.h;
    closed = await ensurePeriod(h, 2025, 'CLOSED');
    const past = await createPastSubmission(h, { name: OLD.name, periodId: closed.id });
    innovationId = past.innovationId;
    const admin = h.callerFor('admin');
    const [carried] = (
      await admin.carryOver.carry({
        sourcePeriodId: closed.id,
        targetPeriodId: h.period.id,
        selection: { kind: 'INNOVATIONS', innovationIds: [innovationId] },
      })
    ).carried;
    carriedId = carried!.submissionId;
    // In 2026 the OPD renames the innovation, rewrites its goal and moves it to an urusan outside yandas.
    const operator = h.callerFor('operator');
    const current = await operator.innovation.byId({ id: innovationId });
    await operator.innovation.update({
      id: innovationId,
      version: current.version,
      profile: { name: NEW.name, tujuan: NEW.tujuan, urusan: 'pariwisata' },
    });
    // The 2026 submission goes into that period's package (its workflow is tested elsewhere).
    await h.prisma.submission.update({ where: { id: carriedId }, data: { state: 'READY_TO_SEND' } });
  });
  afterAll(() => t?.close());

  it('exports the old text for the old period and the new text for the new one (CSV)', async () => {
    const old = await csvRows(t, closed.id);
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ 'Nama inovasi': OLD.name, 'Tujuan inovasi': OLD.tujuan });
    const current = await csvRows(t, h.period.id);
    const mine = current.filter((row) => row['Nama inovasi']?.startsWith('Antar Obat Versi'));
    expect(mine).toEqual([
      expect.objectContaining({ 'Nama inovasi': NEW.name, 'Tujuan inovasi': NEW.tujuan }),
    ]);
  });

  it('does the same in the national form workbook', async () => {
    const [old] = await xlsxRows(t, closed.id);
    expect(old).toMatchObject({ 'Nama inovasi': OLD.name, 'Tujuan inovasi': OLD.tujuan });
    const current = await xlsxRows(t, h.period.id);
    expect(current.map((row) => row['Nama inovasi'])).toContain(NEW.name);
    expect(current.map((row) => row['Nama inovasi'])).not.toContain(OLD.name);
  });

  it('prints the profile of each period with that period text', async () => {
    const old = await t
      .get(`/exports/innovation/${innovationId}/profile.pdf?periodId=${closed.id}`, 'admin')
      .expect(200);
    expect(old.headers['content-disposition']).toContain('profil-antar-obat-versi-2025.pdf');
    const oldText = await pdfText(old.body as Buffer);
    expect(oldText).toContain(OLD.tujuan);
    expect(oldText).not.toContain(NEW.tujuan);
    const current = await t.get(`/exports/innovation/${innovationId}/profile.pdf`, 'admin').expect(200);
    expect(current.headers['content-disposition']).toContain('profil-antar-obat-versi-2026.pdf');
    expect(await pdfText(current.body as Buffer)).toContain(NEW.tujuan);
  });

  it('lists, shows and counts the old period as it was assessed', async () => {
    const admin = h.callerFor('admin');
    const listed = await admin.innovation.list({ periodId: closed.id });
    expect(listed.items).toEqual([
      expect.objectContaining({ id: innovationId, name: OLD.name, urusan: 'kesehatan' }),
    ]);
    const listedNow = await admin.innovation.list({ periodId: h.period.id, search: 'Antar Obat Versi' });
    expect(listedNow.items).toEqual([expect.objectContaining({ name: NEW.name, urusan: 'pariwisata' })]);

    const detail = await admin.innovation.byId({ id: innovationId, periodId: closed.id });
    expect(detail).toMatchObject({ name: OLD.name, profile: { tujuan: OLD.tujuan, urusan: 'kesehatan' } });

    // 2025 still counts its yandas urusan (kesehatan), in the summary's SQL and in the planner.
    const summary = await admin.dashboard.summary({ periodId: closed.id });
    expect(summary.yandas.coveredVerified).toBe(1);
    expect(summary.yandas.urusan.find((u) => u.slug === 'kesehatan')?.verifiedCount).toBe(1);
    const plan = await admin.dashboard.plan({ periodId: closed.id });
    expect(plan.all.yandasCovered).toBe(1);
  });
});
