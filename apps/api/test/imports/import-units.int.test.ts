// Bulk import of units with real XLSX files (the downloaded template, filled with exceljs): the template
// itself, a good file (parents in any order, existing parents, the example row skipped), every kind of row
// error, all-or-nothing commits (a refused row, and a database failure in the middle of the writes),
// re-validation at commit, and a file that cannot be committed twice.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { headerText, IMPORT_COLUMNS } from '../../src/imports/columns.ts';
import type { ImportReport } from '../../src/imports/run-import.ts';
import { type ImportApp, openImportApp } from './import-app.ts';

function rowOf(report: ImportReport, row: number) {
  const found = report.rows.find((r) => r.row === row);
  if (!found) throw new Error(`row ${row} not in the report`);
  return found;
}
const codes = (report: ImportReport, row: number) =>
  rowOf(report, row).errors.map((e) => `${e.column}:${e.code}`);

describe('import of units', () => {
  let t: ImportApp;
  beforeAll(async () => {
    t = await openImportApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('template', () => {
    it('gives the admin an XLSX with the header, an example row, instructions and drop-down lists', async () => {
      const res = await t.template('units', 'admin');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Unit', 'Petunjuk', 'Daftar']);
      const sheet = workbook.getWorksheet('Unit')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.UNITS.map(headerText));
      expect(sheet.getCell('A1').value).toBe('Kode singkat * (Short code)');
      expect(sheet.getCell('A2').value).toBe('CONTOH-PKM');
      // Unit kind: a strict list; parent code: this region's units, as a warning-only list.
      expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', errorStyle: 'stop' });
      expect(sheet.getCell('D40').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
      const lists = workbook.getWorksheet('Daftar')!;
      const listed = lists.getColumn(2).values.filter((v) => typeof v === 'string');
      expect(listed).toEqual(['units', 'DINAS-A', 'DINAS-B', 'UPTD-A']);
      expect(lists.getColumn(1).values).toContain('PUSKESMAS');
    });

    it('is for ADMIN only', async () => {
      expect((await t.template('units', null)).status).toBe(401);
      for (const who of ['operator', 'verifier', 'viewer'] as const) {
        const res = await t.template('units', who);
        expect(res.status).toBe(403);
        expect((JSON.parse(String(res.body)) as { appCode: string }).appCode).toBe('AUTH.FORBIDDEN');
      }
      expect((await t.template('nonsense' as never, 'admin')).status).toBe(404);
    });
  });

  it('previews and commits a good file: parents in any order, the example row skipped, audited', async () => {
    const file = await t.xlsx('units', [
      ['PKM-SATU', 'UPTD Puskesmas Satu', 'PUSKESMAS', 'DINKES-BARU', 'Kesehatan'],
      ['DINKES-BARU', 'Dinas Kesehatan Baru', 'OPD', null, 'kesehatan; Sosial'],
      ['SD-1', 'SD Negeri 1', 'sekolah', 'dinas-a', 'Pendidikan'],
      ['KEC-X', 'Kecamatan X', 'KECAMATAN', null, null],
    ]);
    const fileId = await t.uploadOk('units', file, 'unit baru.xlsx');
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(report).toMatchObject({
      kind: 'UNITS',
      format: 'XLSX',
      fileName: 'unit baru.xlsx',
      skippedExampleRow: 2,
      canCommit: true,
      totals: { rows: 4, ok: 4, withErrors: 0, withWarnings: 1 },
    });
    expect(rowOf(report, 6).warnings.map((w) => w.code)).toEqual(['IMPORT.PARENT_EXPECTED']);
    expect(await t.h.prisma.unit.count({ where: { short: 'PKM-SATU' } })).toBe(0);

    const result = await admin.import.commit({ fileId });
    expect(result).toMatchObject({ committed: true, kind: 'UNITS', created: 4, users: [] });
    const units = await t.h.prisma.unit.findMany({
      where: { regionId: t.h.region.id, short: { in: ['PKM-SATU', 'DINKES-BARU', 'SD-1', 'KEC-X'] } },
      select: { id: true, short: true, parentId: true, kind: true, urusan: true },
    });
    const by = Object.fromEntries(units.map((u) => [u.short, u]));
    expect(by['PKM-SATU']).toMatchObject({
      parentId: by['DINKES-BARU']!.id,
      kind: 'PUSKESMAS',
      urusan: ['kesehatan'],
    });
    expect(by['DINKES-BARU']).toMatchObject({ parentId: null, urusan: ['kesehatan', 'sosial'] });
    expect(by['SD-1']).toMatchObject({ parentId: t.h.units.dinasA, kind: 'SEKOLAH' });
    const audits = await t.h.prisma.auditEvent.findMany({
      where: { OR: [{ entityId: { in: units.map((u) => u.id) } }, { entityId: fileId }] },
      select: { action: true, actorId: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual([
      'import.commit',
      'import.upload',
      'unit.create',
      'unit.create',
      'unit.create',
      'unit.create',
    ]);
    expect(new Set(audits.map((a) => a.actorId))).toEqual(new Set([t.h.users.admin.id]));
    // The file is gone with the commit: a second commit finds nothing.
    await expect(admin.import.commit({ fileId })).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
  });

  it('reports every kind of row error by row and column, in both languages, and writes nothing', async () => {
    const file = await t.xlsx('units', [
      [null, 'Tanpa Kode', 'OPD'],
      ['K1', 'X', 'OPD'],
      ['K2', 'Unit Dua', 'KANTOR'],
      ['dinas-a', 'Dinas A lagi', 'OPD'],
      ['K3', 'Unit Tiga', 'UPTD', 'TIDAK-ADA'],
      ['K4', 'Unit Empat', 'UPTD', 'K5'],
      ['K5', 'Unit Lima', 'UPTD', 'K4'],
      ['K6', 'Unit Enam', 'OPD', null, 'Urusan Khayalan'],
      ['K7', 'Unit Tujuh', 'OPD'],
      ['k7', 'Unit Tujuh Lagi', 'OPD'],
      ['K8', 'Unit Delapan', 'OPD'],
    ]);
    const fileId = await t.uploadOk('units', file);
    const admin = t.h.callerFor('admin');
    // CREATE_ONLY: an existing code is refused as taken (the default mode would update that unit).
    const report = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    expect(report.canCommit).toBe(false);
    expect(report.totals).toEqual({
      rows: 11,
      ok: 2,
      withErrors: 9,
      withWarnings: 0,
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(codes(report, 3)).toEqual(['kode:IMPORT.FIELD_INVALID']);
    expect(rowOf(report, 3).errors[0]).toMatchObject({ id: 'Wajib diisi.', en: 'Required.' });
    expect(codes(report, 4)).toEqual(['nama:IMPORT.FIELD_INVALID']);
    expect(rowOf(report, 4).errors[0]).toMatchObject({
      id: 'Paling sedikit 2 karakter.',
      en: 'At least 2 characters.',
    });
    expect(codes(report, 5)).toEqual(['jenis:IMPORT.FIELD_INVALID']);
    expect(rowOf(report, 5).errors[0]?.en).toBe(
      'Unknown value "KANTOR". Choose one of: OPD, RSUD, KECAMATAN, PUSKESMAS, UPTD, SEKOLAH.',
    );
    expect(codes(report, 6)).toEqual(['kode:IMPORT.SHORT_TAKEN']);
    expect(rowOf(report, 6).errors[0]).toMatchObject({
      id: 'Kode "dinas-a" sudah dipakai unit "Unit DINAS-A".',
      en: 'Code "dinas-a" is already used by unit "Unit DINAS-A".',
    });
    expect(codes(report, 7)).toEqual(['induk:IMPORT.UNKNOWN_PARENT']);
    expect(codes(report, 8)).toEqual(['induk:IMPORT.PARENT_CYCLE']);
    expect(codes(report, 9)).toEqual(['induk:IMPORT.PARENT_CYCLE']);
    expect(codes(report, 10)).toEqual(['urusan:IMPORT.UNKNOWN_URUSAN']);
    expect(codes(report, 11)).toEqual([]);
    expect(codes(report, 12)).toEqual(['kode:IMPORT.DUPLICATE_IN_FILE']);
    expect(rowOf(report, 12).errors[0]?.id).toBe('"k7" sudah ada di baris 11 berkas ini.');
    expect(codes(report, 13)).toEqual([]);
    // The preview shows the cells of the columns in error.
    expect(rowOf(report, 10).values).toMatchObject({ kode: 'K6', urusan: 'Urusan Khayalan' });

    // All or nothing: rows 11 and 13 are fine, but the file has errors, so the commit writes none of it.
    const result = await admin.import.commit({ fileId, mode: 'CREATE_ONLY' });
    expect(result.committed).toBe(false);
    expect(await t.h.prisma.unit.count({ where: { short: { in: ['K7', 'K8'] } } })).toBe(0);
    expect(await t.h.prisma.importFile.count({ where: { id: fileId } })).toBe(1);
  });

  it('rolls back every row when the database refuses one in the middle of the writes', async () => {
    const { prisma } = t.h;
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_boom() RETURNS trigger AS $$
      BEGIN
        IF NEW.short = 'BOOM' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER test_refuse_boom BEFORE INSERT ON "Unit" FOR EACH ROW EXECUTE FUNCTION test_refuse_boom()',
    );
    try {
      const file = await t.xlsx('units', [
        ['R1', 'Unit R1', 'OPD'],
        ['R2', 'Unit R2', 'UPTD', 'R1'],
        ['R3', 'Unit R3', 'OPD'],
        ['BOOM', 'Unit Boom', 'OPD'],
        ['R5', 'Unit R5', 'OPD'],
      ]);
      const fileId = await t.uploadOk('units', file);
      const admin = t.h.callerFor('admin');
      expect((await admin.import.preview({ fileId })).canCommit).toBe(true);
      const before = await prisma.auditEvent.count();
      const error = await admin.import.commit({ fileId }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).appCode).toBe('INTERNAL');
      expect(await prisma.unit.count({ where: { short: { in: ['R1', 'R2', 'R3', 'BOOM', 'R5'] } } })).toBe(0);
      expect(await prisma.auditEvent.count()).toBe(before);
      // Still there to fix and try again.
      expect(await prisma.importFile.count({ where: { id: fileId } })).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER test_refuse_boom ON "Unit"');
      await prisma.$executeRawUnsafe('DROP FUNCTION test_refuse_boom()');
    }
  });

  it('checks again at commit: a code taken since the preview stops the whole import', async () => {
    const file = await t.xlsx('units', [
      ['LATER-1', 'Unit Nanti Satu', 'OPD'],
      ['LATER-2', 'Unit Nanti Dua', 'OPD'],
    ]);
    const fileId = await t.uploadOk('units', file);
    const admin = t.h.callerFor('admin');
    expect((await admin.import.preview({ fileId, mode: 'CREATE_ONLY' })).canCommit).toBe(true);
    await admin.unit.create({
      kind: 'OPD',
      name: 'Dibuat di formulir',
      short: 'LATER-2',
      urusan: [],
      parentId: null,
    });
    const result = await admin.import.commit({ fileId, mode: 'CREATE_ONLY' });
    if (result.committed) throw new Error('expected the commit to be refused');
    expect(codes(result.report, 4)).toEqual(['kode:IMPORT.SHORT_TAKEN']);
    expect(await t.h.prisma.unit.count({ where: { short: 'LATER-1' } })).toBe(0);
  });
});
