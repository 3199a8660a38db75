// Bulk import of existing innovations: the domain's profile schema through innovation.create's own input,
// Indonesian dates and numbers, a period that accepts innovations, duplicates (same name, unit and period)
// reported instead of doubled, the domain's profile rules as warnings, and the same rows as the form writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/imports/columns.ts';
import type { ImportReport } from '../../src/imports/run-import.ts';
import { type ImportApp, openImportApp, type Row } from './import-app.ts';

type Cells = Partial<Record<string, string | number | Date | null>>;
const row = (cells: Cells): Row => IMPORT_COLUMNS.INNOVATIONS.map((column) => cells[column.key] ?? null);
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

function issuesOf(report: ImportReport, rowNumber: number) {
  const found = report.rows.find((r) => r.row === rowNumber);
  if (!found) throw new Error(`row ${rowNumber} not in the report`);
  return found;
}

describe('import of innovations', () => {
  let t: ImportApp;
  beforeAll(async () => {
    t = await openImportApp();
    await t.h.prisma.period.create({
      data: {
        regionId: t.h.region.id,
        year: 2025,
        name: 'IID 2025',
        editionCode: 'iga-2024',
        state: 'CLOSED',
      },
    });
    await t.h.callerFor('admin').innovation.create({
      periodId: t.h.period.id,
      unitId: t.h.units.dinasA,
      name: 'Sudah Terdaftar',
      urusan: 'kesehatan',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('imports a good file the way innovation.create writes it', async () => {
    const file = await t.xlsx('innovations', [
      row({
        nama: 'Antar Obat Lansia',
        unit: 'DINAS-A',
        tahun: 2026,
        urusan: 'Kesehatan',
        tahapan: 'Penerapan',
        inisiator: 'opd',
        jenis: 'Non digital',
        bentuk: 'pelayanan publik',
        urusan_lain: 'Sosial; pendidikan',
        asta_cita: 4,
        waktu_uji_coba: new Date(Date.UTC(2024, 0, 15)),
        waktu_penerapan: '01/07/2024',
        rb_dasar_hukum: words(60),
        rb_permasalahan: words(60),
        rb_isu_strategis: words(60),
        rb_metode: words(60),
        rb_keunggulan: words(30),
        rb_tahapan: words(30),
        tujuan: 'Kepatuhan minum obat naik.',
        manfaat: 'Lansia terlayani di rumah.',
        hasil: '300 lansia terlayani.',
        anggaran_jumlah: 'Rp 15.000.000',
        anggaran_sumber: 'APBD',
        video_url: 'https://youtu.be/contoh',
        lintang: '-6,75',
        bujur: '111,04',
      }),
      row({ nama: 'Sekolah Ramah Anak', unit: 'uptd-a', tahun: '2026', urusan: 'pendidikan' }),
      // The same name in another unit is another innovation.
      row({ nama: 'Antar Obat Lansia', unit: 'DINAS-B', tahun: 2026, urusan: 'kesehatan' }),
    ]);
    const fileId = await t.uploadOk('innovations', file);
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(report).toMatchObject({ canCommit: true, skippedExampleRow: 2 });
    expect(issuesOf(report, 3)).toMatchObject({ errors: [], warnings: [] });
    // The domain's readiness rules speak up without blocking, as they do for a draft made in the form.
    expect(issuesOf(report, 4).warnings.map((w) => `${w.column}:${w.code}`)).toContain(
      'rb_dasar_hukum:PROFILE.RANCANG_BANGUN_TOO_SHORT',
    );
    expect(issuesOf(report, 4).warnings.map((w) => w.code)).toContain('PROFILE.REQUIRED_FIELD');

    const result = await admin.import.commit({ fileId });
    expect(result).toMatchObject({ committed: true, kind: 'INNOVATIONS', created: 3 });
    const stored = await t.h.prisma.innovation.findFirstOrThrow({
      where: { name: 'Antar Obat Lansia', unitId: t.h.units.dinasA },
      include: { submissions: true },
    });
    expect(stored).toMatchObject({
      tahapan: 'PENERAPAN',
      inisiator: 'OPD',
      jenis: 'NON_DIGITAL',
      bentuk: 'PELAYANAN_PUBLIK',
      urusan: 'kesehatan',
      createdById: t.h.users.admin.id,
    });
    expect(stored.waktuUjiCoba?.toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(stored.waktuPenerapan?.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(stored.profile).toMatchObject({
      urusanLain: ['sosial', 'pendidikan'],
      astaCita: 4,
      anggaran: { jumlah: 15_000_000, sumber: 'APBD' },
      koordinat: { lat: -6.75, lng: 111.04 },
      videoUrl: 'https://youtu.be/contoh',
      tujuan: 'Kepatuhan minum obat naik.',
    });
    expect(stored.submissions).toMatchObject([{ periodId: t.h.period.id, state: 'DRAFT' }]);
    // It reads back through innovation.byId like one made in the form.
    const byId = await admin.innovation.byId({ id: stored.id });
    expect(byId.profile).toMatchObject({
      waktuPenerapan: '2024-07-01',
      rancangBangun: { keunggulan: words(30) },
    });
    expect(
      await t.h.prisma.auditEvent.count({
        where: {
          action: { in: ['innovation.create', 'submission.create'] },
          after: { path: ['importFileId'], equals: fileId },
        },
      }),
    ).toBe(6);
  });

  it('reports duplicates, periods, dates, numbers and profile fields per row and column', async () => {
    const base = { unit: 'DINAS-A', tahun: 2026, urusan: 'kesehatan' };
    const file = await t.xlsx('innovations', [
      row({ ...base, nama: 'sudah   terdaftar' }),
      row({ ...base, nama: 'Kembar' }),
      row({ ...base, nama: 'KEMBAR' }),
      row({ ...base, nama: 'Periode Tak Ada', tahun: 2030 }),
      row({ ...base, nama: 'Periode Tertutup', tahun: 2025 }),
      row({ ...base, nama: 'Tanggal Salah', waktu_penerapan: 'kemarin', waktu_uji_coba: '31/02/2024' }),
      row({ ...base, nama: 'Tahapan Salah', tahapan: 'SELESAI' }),
      row({ ...base, nama: 'Urusan Salah', urusan: 'Urusan Antah' }),
      row({ ...base, nama: null, tujuan: 'tanpa nama' }),
      row({ ...base, nama: 'Asta Cita Salah', asta_cita: 9 }),
      row({ ...base, nama: 'Anggaran Salah', anggaran_jumlah: 'lima juta', anggaran_sumber: 'APBD' }),
      row({ ...base, nama: 'Video Salah', video_url: 'bukan tautan' }),
      row({ ...base, nama: 'Unit Salah', unit: 'DINAS-X' }),
      row({ ...base, nama: 'Urutan Tanggal', waktu_uji_coba: '2024-08-01', waktu_penerapan: '2024-07-01' }),
    ]);
    const fileId = await t.uploadOk('innovations', file);
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    const errors = (r: number) => issuesOf(report, r).errors.map((e) => `${e.column}:${e.code}`);
    expect(errors(3)).toEqual(['nama:IMPORT.DUPLICATE_INNOVATION']);
    expect(issuesOf(report, 3).errors[0]?.id).toBe(
      'Inovasi "sudah   terdaftar" sudah terdaftar untuk unit ini pada periode 2026.',
    );
    expect(errors(4)).toEqual([]);
    expect(errors(5)).toEqual(['nama:IMPORT.DUPLICATE_IN_FILE']);
    expect(errors(6)).toEqual(['tahun:IMPORT.UNKNOWN_PERIOD']);
    expect(errors(7)).toEqual(['tahun:INNOVATION.PERIOD_CLOSED']);
    // The catalogue's words name no state code (the admin's wording of INNOVATION.PERIOD_CLOSED).
    expect(issuesOf(report, 7).errors[0]?.en).toBe('This period no longer accepts new innovations.');
    expect(errors(8)).toEqual(['waktu_uji_coba:IMPORT.INVALID_DATE', 'waktu_penerapan:IMPORT.INVALID_DATE']);
    expect(errors(9)).toEqual(['tahapan:IMPORT.FIELD_INVALID']);
    expect(issuesOf(report, 9).errors[0]).toMatchObject({
      id: 'Nilai "SELESAI" tidak dikenal. Pilih salah satu: INISIATIF, UJI_COBA, PENERAPAN.',
    });
    expect(errors(10)).toEqual(['urusan:IMPORT.UNKNOWN_URUSAN']);
    expect(errors(11)).toEqual(['nama:IMPORT.FIELD_INVALID']);
    expect(errors(12)).toEqual(['asta_cita:IMPORT.FIELD_INVALID']);
    expect(issuesOf(report, 12).errors[0]).toMatchObject({ id: 'Paling besar 8.', en: 'At most 8.' });
    expect(errors(13)).toEqual(['anggaran_jumlah:IMPORT.INVALID_NUMBER']);
    expect(errors(14)).toEqual(['video_url:IMPORT.FIELD_INVALID']);
    expect(issuesOf(report, 14).errors[0]).toMatchObject({
      id: 'Tautan video harus diawali http:// atau https://',
      en: 'The video link must be a web address starting with http:// or https://.',
    });
    // A unit of another region does not exist for this admin.
    expect(errors(15)).toEqual(['unit:IMPORT.UNKNOWN_UNIT']);
    // Date order is a profile rule: a warning, as in the form.
    expect(errors(16)).toEqual([]);
    expect(issuesOf(report, 16).warnings.map((w) => `${w.column}:${w.code}`)).toContain(
      'waktu_uji_coba:PROFILE.DATE_ORDER',
    );
    expect(issuesOf(report, 8).values).toMatchObject({
      waktu_penerapan: 'kemarin',
      waktu_uji_coba: '31/02/2024',
    });

    const before = await t.h.prisma.innovation.count();
    expect((await admin.import.commit({ fileId, mode: 'CREATE_ONLY' })).committed).toBe(false);
    expect(await t.h.prisma.innovation.count()).toBe(before);
  });
});
