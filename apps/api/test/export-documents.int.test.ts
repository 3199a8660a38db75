// Export documents over HTTP on a real database: the national form workbook (read back with exceljs), its CSV
// and the printable PDF profile (text read from the inflated content streams).
import { Readable } from 'node:stream';
import { formatX100, formatX100Text, scoreInnovation } from '@inovda/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimedTiers,
  expectedRegion,
  openExportApp,
  pack,
  verifiedTiers,
  type ExportApp,
} from './export-app.ts';
import type { ExportFixture } from './export-fixtures.ts';
import { pdfFonts, pdfText, sha256 } from './export-readers.ts';
import type { Harness, UserKey } from './harness.ts';

/** The cell of the column named `name` in row `row` (1-based, header in row 1). */
const cellOf = (sheet: ExcelJS.Worksheet, row: number, header: string[], name: string) =>
  sheet.getRow(row).getCell(header.indexOf(name) + 1);

describe('export documents', () => {
  let t: ExportApp;
  let h: Harness;
  let fx: ExportFixture;
  beforeAll(async () => {
    t = await openExportApp();
    ({ h, fx } = t);
  });
  afterAll(() => t.close());
  const get = (path: string, who: UserKey | null) => t.get(path, who);

  it('writes the national form workbook with profile columns, parameter texts and tiers', async () => {
    const res = await get(`/exports/${h.period.id}/innovations.xlsx`, 'admin').expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?iid-3318-2026-inovasi\.xlsx"?$/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Inovasi', 'SPD', 'Ringkasan']);
    const sheet = workbook.getWorksheet('Inovasi')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(sheet.rowCount).toBe(2);
    expect(cell('Nama inovasi')).toBe('Layanan Antar Obat');
    expect(cell('Unit / OPD pelaksana')).toBe('Unit DINAS-A');
    expect(cell('Tahapan inovasi')).toBe('Penerapan');
    expect(cell('Jenis inovasi')).toBe('Digital');
    expect(cell('Bentuk inovasi')).toBe('Pelayanan publik');
    // Real dates and numbers, which Excel sorts and sums; shown the Indonesian way by their formats.
    expect(cell('Waktu penerapan')).toEqual(new Date(Date.UTC(2025, 1, 1)));
    expect(cellOf(sheet, 2, header, 'Waktu penerapan').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Rancang bangun: Dasar hukum')).toMatch(/^hukum0 hukum1 /);
    expect(cell('Tujuan inovasi')).toBe('Mendekatkan layanan obat kepada pasien kronis.');
    expect(cell('Anggaran (Rp)')).toBe(15000000);
    expect(cellOf(sheet, 2, header, 'Anggaran (Rp)').numFmt).toBe('"Rp" #,##0');
    expect(cell('Sumber anggaran')).toBe('APBD');
    expect(cell('Video inovasi')).toBe('https://youtu.be/abc');
    // A string cell, never a formula, in the workbook.
    expect(cell('Nama inisiator')).toBe('=HYPERLINK("http://x")');
    const i17 = pack.sid.find((s) => s.code === '17')!;
    const label17 = `17. ${i17.name}`;
    expect(cell(`${label17}: parameter`)).toBe(i17.options.find((o) => o.tier === 2)!.text);
    expect(cell(`${label17}: tingkat klaim`)).toBe(2);
    expect(cell(`${label17}: tingkat terverifikasi`)).toBe(1);
    const label18 = `18. ${pack.sid.find((s) => s.code === '18')!.name}`;
    expect(cell(`${label18}: tingkat klaim`)).toBe(0);
    expect(header.filter((name) => name.endsWith(': parameter'))).toHaveLength(pack.sid.length);
    expect(cell('Kematangan terverifikasi')).toBe(scoreInnovation(pack, verifiedTiers).maturityX100 / 100);
    expect(cellOf(sheet, 2, header, 'Kematangan terverifikasi').numFmt).toBe('#,##0.00');

    const spd = workbook.getWorksheet('SPD')!;
    expect(spd.rowCount).toBe(pack.spd.length + 1);
    expect(spd.getRow(2).getCell(5).value).toBe(3);
    // Weight and points of row 1 as numbers, not the text '1.00' that Excel cannot add up.
    expect(spd.getRow(2).getCell(4).value).toBe(pack.spd[0]!.weightX100 / 100);
    expect(spd.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(spd.getRow(2).getCell(7).value).toBe((pack.spd[0]!.weightX100 * 3) / 100);
    const summary = workbook.getWorksheet('Ringkasan')!;
    const values = new Map<string, unknown>();
    summary.eachRow((r) => values.set(r.getCell(1).text, r.getCell(2).value));
    expect(values.get('Terverifikasi: IID')).toBe(expectedRegion(verifiedTiers).iidX100 / 100);
    expect(values.get('Klaim: IID')).toBe(expectedRegion(claimedTiers).iidX100 / 100);
    expect(values.get('Terverifikasi: total')).toBe(Number(expectedRegion(verifiedTiers).totalText));
    const iidCell = summary
      .getRows(1, summary.rowCount)!
      .find((r) => r.getCell(1).text === 'Klaim: IID')!
      .getCell(2);
    expect(iidCell.type).toBe(ExcelJS.ValueType.Number);
    expect(iidCell.numFmt).toBe('#,##0.00');
    expect(values.get('Jumlah inovasi dikirim')).toBe(1);

    const audit = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'export.download', entityId: h.period.id },
      orderBy: { id: 'desc' },
    });
    expect(audit.actorId).toBe(h.users.admin.id);
    expect((audit.after as { sha256: string }).sha256).toBe(sha256(res.body as Buffer));
  });

  it('writes the innovations sheet as a UTF-8 CSV with BOM and ";" that parses back', async () => {
    const res = await get(`/exports/${h.period.id}/innovations.csv`, 'viewer').expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const workbook = new ExcelJS.Workbook();
    // Cells as written (no number or date guessing), to see the text Excel will read.
    const sheet = await workbook.csv.read(Readable.from([body.subarray(3)]), {
      parserOptions: { delimiter: ';' },
      map: (value: unknown) => value,
    });
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header[1]).toBe('Nama inovasi');
    expect(sheet.getRow(2).getCell(header.indexOf('Nama inovasi') + 1).value).toBe('Layanan Antar Obat');
    const csvCell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    // Excel in the Indonesian locale: decimal comma, no grouping, ISO dates (read as dates in any locale).
    expect(csvCell('Anggaran (Rp)')).toBe('15000000');
    expect(csvCell('Kematangan terverifikasi')).toBe(
      formatX100(scoreInnovation(pack, verifiedTiers).maturityX100).replace('.', ','),
    );
    expect(csvCell('Waktu penerapan')).toBe('2025-02-01');
    // Neutralised for spreadsheet programs in the CSV.
    expect(sheet.getRow(2).getCell(header.indexOf('Nama inisiator') + 1).value).toBe(
      '\'=HYPERLINK("http://x")',
    );
    expect(sheet.rowCount).toBe(2);
  });

  it('prints a PDF profile with the innovation name and a signature block', async () => {
    const res = await get(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, 'admin').expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('profil-layanan-antar-obat.pdf');
    const text = await pdfText(pdf);
    expect(text).toContain('Layanan Antar Obat');
    expect(text).toContain('PROFIL INOVASI DAERAH');
    expect(text).toContain('NIP.');
    expect(text).toContain('Kepala Unit DINAS-A');
  });

  it('prints the profile the Indonesian way: every glyph (≥), decimal commas, rupiah, dates in words', async () => {
    // Indicator 29 at tier 3 reads "≥ 91%", which the standard PDF fonts cannot draw ('"e 91%').
    const answer = await h.prisma.indicatorAnswer.create({
      data: { submissionId: fx.included.submissionId, code: '29', claimedTier: 3, verdict: 'ACCEPTED' },
    });
    try {
      const res = await get(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, 'admin').expect(
        200,
      );
      const pdf = res.body as Buffer;
      const text = await pdfText(pdf);
      expect(text).toContain('≥ 91%');
      expect(text).not.toContain('"e 91%');
      expect(text).toContain('Rp 15.000.000 (APBD)');
      expect(text).toContain('1 Februari 2025');
      expect(text).not.toContain('2025-02-01');
      const claimed = scoreInnovation(pack, { ...claimedTiers, '29': 3 }).maturityX100;
      expect(text).toContain(formatX100Text(claimed));
      expect(text).not.toContain(formatX100(claimed));
      // The font travels in the file: no reader needs it installed.
      const fonts = pdfFonts(pdf);
      expect(fonts.embedded).toBe(true);
      expect(fonts.names.every((name) => /DejaVuSans/.test(name))).toBe(true);
    } finally {
      await h.prisma.indicatorAnswer.delete({ where: { id: answer.id } });
    }
  });

  // Last in the file: it moves the test clock up to a day ahead.
  it("dates the signature on the region's calendar: WIT is already tomorrow when WIB is not", async () => {
    const day = 24 * 3_600_000;
    const halfPastFourUtc = 16.5 * 3_600_000; // 23:30 WIB, 01:30 WIT the next day
    h.clock.advance((((halfPastFourUtc - (h.clock.now().getTime() % day)) % day) + day) % day);
    const at = h.clock.now();
    const dateIn = (timeZone: string) =>
      new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone }).format(at);
    expect(dateIn('Asia/Jakarta')).not.toBe(dateIn('Asia/Jayapura'));
    const { admin } = await h.sessionCookies();
    const signedDate = async () =>
      await pdfText(
        (
          await t
            .getWithCookie(`/exports/innovation/${fx.included.innovationId}/profile.pdf`, admin)
            .expect(200)
        ).body as Buffer,
      );
    expect(await signedDate()).toContain(`Uji, ${dateIn('Asia/Jakarta')}`);
    await h.prisma.region.update({ where: { id: h.region.id }, data: { timeZone: 'Asia/Jayapura' } });
    try {
      expect(await signedDate()).toContain(`Uji, ${dateIn('Asia/Jayapura')}`);
    } finally {
      await h.prisma.region.update({ where: { id: h.region.id }, data: { timeZone: 'Asia/Jakarta' } });
    }
  });
});
