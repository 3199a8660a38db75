// What an import file may be: a real XLSX or CSV by content (a renamed PDF, an empty file, an oversized one are
// refused at upload), CSV as Excel in the Indonesian locale writes it (`;`, Windows-1252 or UTF-8 with BOM,
// quoted separators, Indonesian names), a header matched by name, a row cap; and who may touch a file.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../src/auth/session.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../src/imports/limits.ts';
import { samplePdf } from '../../src/uploads/testing/sample-files.ts';
import { MemoryCookieJar } from '../harness.ts';
import { csv, type ImportApp, openImportApp } from './import-app.ts';

const HEADER = ['Kode singkat', 'Nama unit', 'Jenis unit', 'Kode induk', 'Urusan'];

describe('import files', () => {
  let t: ImportApp;
  beforeAll(async () => {
    t = await openImportApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a PDF renamed to .xlsx, by its content', async () => {
    const res = await t.upload('units', samplePdf(), 'admin', 'unit.xlsx');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ appCode: 'IMPORT.UNSUPPORTED_TYPE' });
    expect((res.body as { messages: { id: string; en: string } }).messages.en).toContain('application/pdf');
    expect(await t.h.prisma.importFile.count()).toBe(0);
  });

  it('takes the file only as application/octet-stream (no cross-site form can send that)', async () => {
    const res = await request(t.app)
      .post('/imports/files?kind=units')
      .set('Cookie', t.cookie('admin'))
      .set('Content-Type', 'text/plain')
      .send('Kode singkat;Nama unit;Jenis unit\nA;Unit A;OPD\n');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      appCode: 'VALIDATION.INVALID_INPUT',
      params: { field: 'content-type' },
    });
    expect(await t.h.prisma.importFile.count()).toBe(0);
  });

  it('refuses an empty file and an oversized one', async () => {
    const empty = await t.upload('units', new Uint8Array(), 'admin', 'kosong.csv');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ appCode: 'IMPORT.EMPTY_FILE', message: 'Berkas kosong.' });
    const big = await t.upload(
      'units',
      new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41),
      'admin',
      'besar.csv',
    );
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ appCode: 'IMPORT.FILE_TOO_LARGE' });
  });

  it('reads a CSV from Excel in id-ID: semicolons, Windows-1252, quoted separators, Indonesian names', async () => {
    const rows = [
      HEADER,
      [
        'KEC-TLOGO',
        'Kecamatan Tlogowungu',
        'KECAMATAN',
        '',
        'Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
      ],
      [
        'DP3AP2KB',
        'Dinas Pemberdayaan Perempuan; Perlindungan Anak – “PPPA”',
        'OPD',
        '',
        'sosial; pemberdayaan perempuan dan pelindungan anak',
      ],
      ['SMP-2', 'SMP Negeri 2 Pati (Kidul) — Béta', 'SEKOLAH', 'DINAS-A', 'Pendidikan'],
    ];
    const bytes = csv(rows, { delimiter: ';', encoding: 'windows-1252' });
    expect(bytes.includes(0x96)).toBe(true);
    const fileId = await t.uploadOk('units', bytes, 'unit.csv');
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(report).toMatchObject({ format: 'CSV', canCommit: true, skippedExampleRow: null });
    expect(report.rows.map((r) => r.values.nama)).toEqual([
      'Kecamatan Tlogowungu',
      'Dinas Pemberdayaan Perempuan; Perlindungan Anak – “PPPA”',
      'SMP Negeri 2 Pati (Kidul) — Béta',
    ]);
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(await admin.import.commit({ fileId })).toMatchObject({ committed: true, created: 3 });
    const stored = await t.h.prisma.unit.findMany({
      where: { short: { in: ['KEC-TLOGO', 'DP3AP2KB', 'SMP-2'] } },
      select: { short: true, name: true, urusan: true },
      orderBy: { short: 'asc' },
    });
    expect(stored).toEqual([
      {
        short: 'DP3AP2KB',
        name: 'Dinas Pemberdayaan Perempuan; Perlindungan Anak – “PPPA”',
        urusan: ['sosial', 'pemberdayaan-perempuan-pelindungan-anak'],
      },
      { short: 'KEC-TLOGO', name: 'Kecamatan Tlogowungu', urusan: ['trantibum-linmas'] },
      { short: 'SMP-2', name: 'SMP Negeri 2 Pati (Kidul) — Béta', urusan: ['pendidikan'] },
    ]);
  });

  it('reads UTF-8 CSV with a BOM and commas, and English headers', async () => {
    const bytes = csv(
      [
        ['Short code', 'Unit name', 'Unit kind'],
        ['PKM-ÉLOK', 'Puskesmas Élok, Ngablak', 'PUSKESMAS'],
      ],
      { delimiter: ',', encoding: 'utf8-bom' },
    );
    const fileId = await t.uploadOk('units', bytes, 'unit.csv');
    const report = await t.h.callerFor('admin').import.preview({ fileId });
    expect(report.rows[0]?.values).toMatchObject({ kode: 'PKM-ÉLOK', nama: 'Puskesmas Élok, Ngablak' });
    // A puskesmas without a parent is allowed, with the form's advice as a warning.
    expect(report.totals).toMatchObject({ ok: 1, withWarnings: 1 });
  });

  it('numbers rows as a spreadsheet shows them, blank lines included', async () => {
    const bytes = Buffer.from(
      'Kode singkat;Nama unit;Jenis unit\r\nB1;Unit B1;OPD\r\n;;\r\n\r\nB4;X;OPD\r\n',
    );
    const fileId = await t.uploadOk('units', bytes, 'kosong.csv');
    const report = await t.h.callerFor('admin').import.preview({ fileId });
    expect(report.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(report.rows[1]?.errors.map((e) => e.column)).toEqual(['nama']);
  });

  it('refuses a file without the required columns or without rows, naming what is missing', async () => {
    const admin = t.h.callerFor('admin');
    const noName = await t.uploadOk(
      'units',
      csv([
        ['Kode singkat', 'Jenis unit'],
        ['A', 'OPD'],
      ]),
      'a.csv',
    );
    await expect(admin.import.preview({ fileId: noName })).rejects.toMatchObject({
      appCode: 'IMPORT.MISSING_COLUMNS',
      params: { columns: 'Nama unit' },
    });
    const headerOnly = await t.uploadOk('units', csv([HEADER]), 'b.csv');
    await expect(admin.import.preview({ fileId: headerOnly })).rejects.toMatchObject({
      appCode: 'IMPORT.NO_ROWS',
    });
  });

  it('refuses more rows than the cap (5,000 units) before checking any', async () => {
    const max = MAX_IMPORT_ROWS.UNITS;
    const rows = Array.from({ length: max + 1 }, (_, i) => [`U${i}`, `Unit ${i}`, 'OPD']);
    const fileId = await t.uploadOk('units', csv([HEADER, ...rows]), 'banyak.csv');
    const admin = t.h.callerFor('admin');
    await expect(admin.import.preview({ fileId })).rejects.toMatchObject({
      appCode: 'IMPORT.TOO_MANY_ROWS',
      params: { rows: max + 1, max },
    });
    await expect(admin.import.commit({ fileId })).rejects.toMatchObject({ appCode: 'IMPORT.TOO_MANY_ROWS' });
    expect(await t.h.prisma.unit.count({ where: { short: 'U0' } })).toBe(0);
  });

  describe('scope', () => {
    let fileId: string;
    beforeAll(async () => {
      fileId = await t.uploadOk('units', csv([HEADER, ['SCOPE-1', 'Unit Cakupan', 'OPD']]), 'c.csv');
    });

    it('refuses uploads from other roles and without a session', async () => {
      const bytes = csv([HEADER, ['X', 'Unit X', 'OPD']]);
      expect((await t.upload('units', bytes, null)).status).toBe(401);
      for (const who of ['operator', 'verifier', 'viewer'] as const) {
        const res = await t.upload('units', bytes, who);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ appCode: 'AUTH.FORBIDDEN' });
      }
    });

    it("keeps another region's admin out of this region's file", async () => {
      const other = t.h.callerFor('otherRegion');
      // One call at a time: calls started together reject before the loop awaits them (unhandled rejections).
      for (const call of [
        () => other.import.preview({ fileId }),
        () => other.import.commit({ fileId }),
        () => other.import.discard({ fileId }),
      ])
        await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'SCOPE.OUT_OF_SCOPE' });
    });

    it('refuses the preview and commit to non-admin roles', async () => {
      for (const who of ['operator', 'verifier', 'viewer'] as const)
        await expect(t.h.callerFor(who).import.commit({ fileId })).rejects.toMatchObject({
          code: 'FORBIDDEN',
          appCode: 'AUTH.FORBIDDEN',
        });
      expect(await t.h.prisma.unit.count({ where: { short: 'SCOPE-1' } })).toBe(0);
    });

    it("keeps a file to the admin who uploaded it, and writes into the uploader's region only", async () => {
      const second = await t.h.prisma.user.create({
        data: {
          regionId: t.h.region.id,
          email: 'admin2@uji.inovda.id',
          name: 'Admin Dua',
          role: 'ADMIN',
          passwordHash: 'x',
        },
      });
      const session = await createSession(t.h.prisma, {
        userId: second.id,
        ip: '127.0.0.1',
        userAgent: null,
        now: t.h.clock.now(),
        config: t.h.auth,
      });
      const jar = new MemoryCookieJar();
      jar.values.set(SESSION_COOKIE, session.token);
      await expect(t.h.callerWithJar(jar).import.preview({ fileId })).rejects.toMatchObject({
        appCode: 'IMPORT.NOT_OWNER',
      });
      const result = await t.h.callerFor('admin').import.commit({ fileId });
      expect(result.committed).toBe(true);
      const unit = await t.h.prisma.unit.findFirstOrThrow({ where: { short: 'SCOPE-1' } });
      expect(unit.regionId).toBe(t.h.region.id);
    });
  });
});
