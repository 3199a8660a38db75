// Update-or-create with real XLSX and CSV files: rows matched by their natural key (unit code, e-mail,
// innovation name in the unit and period) are previewed as CREATE, UPDATE (old -> new) or UNCHANGED and written
// in one transaction with create/update audit events; a record changed since the preview stops the whole
// commit; locked or archived innovations and the admin's own role are refused; CREATE_ONLY refuses them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerText, IMPORT_COLUMNS } from '../../src/imports/columns.ts';
import type { ImportReport } from '../../src/imports/run-import.ts';
import { csv, type ImportApp, openImportApp, type Row } from './import-app.ts';

type Cells = Partial<Record<string, string | number | Date | null>>;
const innovationRow = (cells: Cells): Row =>
  IMPORT_COLUMNS.INNOVATIONS.map((column) => cells[column.key] ?? null);

function rowOf(report: ImportReport, row: number) {
  const found = report.rows.find((r) => r.row === row);
  if (!found) throw new Error(`row ${row} not in the report`);
  return found;
}
const errorCodes = (report: ImportReport, row: number) =>
  rowOf(report, row).errors.map((e) => `${e.column}:${e.code}`);
/** What the admin page sends back to the commit: the records the preview matched. */
const expectedOf = (report: ImportReport) =>
  report.rows.flatMap((r) => (r.match ? [{ row: r.row, ...r.match }] : []));

describe('import: update or create', () => {
  let t: ImportApp;
  let lockedId: string;
  let draftId: string;
  beforeAll(async () => {
    t = await openImportApp();
    const { prisma, region, units, period } = t.h;
    const admin = t.h.callerFor('admin');
    const draft = await admin.innovation.create({
      periodId: period.id,
      unitId: units.dinasA,
      name: 'Draf Satu',
      urusan: 'kesehatan',
    });
    draftId = draft.id;
    for (const name of ['Terkunci', 'Terkunci Dua']) {
      const created = await admin.innovation.create({
        periodId: period.id,
        unitId: units.dinasA,
        name,
        urusan: 'kesehatan',
      });
      lockedId = created.id;
      // Submitted by the OPD (the fixture sets the state; the workflow itself is tested elsewhere).
      await prisma.submission.update({ where: { id: created.submission.id }, data: { state: 'SUBMITTED' } });
    }
    const archived = await prisma.period.create({
      data: { regionId: region.id, year: 2025, name: 'IID 2025', editionCode: 'iga-2024', state: 'ARCHIVED' },
    });
    await prisma.innovation.create({
      data: {
        regionId: region.id,
        unitId: units.dinasA,
        name: 'Lama',
        urusan: 'kesehatan',
        submissions: { create: { periodId: archived.id, state: 'VERIFIED' } },
      },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('units (XLSX): previews create, update with old -> new and unchanged, then writes and audits them', async () => {
    const file = await t.xlsx('units', [
      ['DINAS-A', 'Dinas A Baru', 'OPD', null, 'Kesehatan'],
      ['dinas-b', 'Unit DINAS-B', 'OPD'],
      ['UPTD-A', 'Unit UPTD-A', 'UPTD', 'DINAS-BARU'],
      ['DINAS-BARU', 'Dinas Baru', 'OPD'],
    ]);
    const fileId = await t.uploadOk('units', file, 'unit diperbaiki.xlsx');
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(report).toMatchObject({ mode: 'UPSERT', canCommit: true });
    expect(report.totals).toMatchObject({ rows: 4, created: 1, updated: 2, unchanged: 1, withErrors: 0 });
    expect(rowOf(report, 3)).toMatchObject({
      action: 'UPDATE',
      match: { entityId: t.h.units.dinasA, version: 1 },
      changes: [
        { column: 'nama', from: 'Unit DINAS-A', to: 'Dinas A Baru' },
        { column: 'urusan', from: '—', to: 'kesehatan' },
      ],
    });
    expect(rowOf(report, 4)).toMatchObject({ action: 'UNCHANGED', changes: [] });
    expect(rowOf(report, 5)).toMatchObject({
      action: 'UPDATE',
      changes: [{ column: 'induk', from: 'DINAS-A', to: 'DINAS-BARU' }],
    });
    expect(rowOf(report, 6)).toMatchObject({ action: 'CREATE', match: null });
    // CREATE_ONLY refuses the existing codes as taken and shows no changes for them.
    const createOnly = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    expect(errorCodes(createOnly, 3)).toEqual(['kode:IMPORT.SHORT_TAKEN']);
    expect(rowOf(createOnly, 3)).toMatchObject({ match: null, changes: [] });
    expect(createOnly.totals).toMatchObject({ withErrors: 3, created: 1, updated: 0 });
    // A dry run writes nothing.
    expect(await t.h.prisma.unit.findUniqueOrThrow({ where: { id: t.h.units.dinasA } })).toMatchObject({
      name: 'Unit DINAS-A',
      version: 1,
    });

    const result = await admin.import.commit({ fileId, expected: expectedOf(report) });
    expect(result).toMatchObject({ committed: true, created: 1, updated: 2, unchanged: 1 });
    const units = await t.h.prisma.unit.findMany({
      where: { regionId: t.h.region.id },
      select: { id: true, short: true, name: true, parentId: true, urusan: true, version: true },
    });
    const by = Object.fromEntries(units.map((u) => [u.short, u]));
    expect(by['DINAS-A']).toMatchObject({ name: 'Dinas A Baru', urusan: ['kesehatan'], version: 2 });
    expect(by['DINAS-B']).toMatchObject({ version: 1 });
    expect(by['UPTD-A']).toMatchObject({ parentId: by['DINAS-BARU']!.id, version: 2 });
    const audits = await t.h.prisma.auditEvent.findMany({
      where: { after: { path: ['importFileId'], equals: fileId } },
      select: { action: true, entityId: true, before: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(['unit.create', 'unit.update', 'unit.update']);
    expect(audits.find((a) => a.entityId === t.h.units.dinasA)?.before).toMatchObject({
      name: 'Unit DINAS-A',
      version: 1,
    });
    const commitEvent = await t.h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'import.commit', entityId: fileId },
    });
    expect(commitEvent.after).toMatchObject({ mode: 'UPSERT', created: 1, updated: 2, unchanged: 1 });
  });

  it('units: a parent that closes a loop through existing units is refused', async () => {
    // UPTD-A now sits under DINAS-BARU; putting DINAS-BARU under UPTD-A would make a loop.
    const fileId = await t.uploadOk(
      'units',
      await t.xlsx('units', [['DINAS-BARU', 'Dinas Baru', 'OPD', 'UPTD-A']]),
    );
    const report = await t.h.callerFor('admin').import.preview({ fileId });
    expect(errorCodes(report, 3)).toEqual(['induk:IMPORT.PARENT_CYCLE']);
  });

  it('a record changed since the preview stops the whole commit, and nothing is written', async () => {
    const file = await t.xlsx('units', [
      ['DINAS-B', 'Dinas B dari Berkas', 'OPD'],
      ['BARU-2', 'Unit Baru Dua', 'OPD'],
    ]);
    const fileId = await t.uploadOk('units', file);
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(rowOf(report, 3)).toMatchObject({ action: 'UPDATE', match: { version: 1 } });
    // Someone edits Dinas B in the form meanwhile.
    await admin.unit.update({ id: t.h.units.dinasB, version: 1, name: 'Diubah di Formulir' });
    const before = await t.h.prisma.auditEvent.count();

    const result = await admin.import.commit({ fileId, expected: expectedOf(report) });
    if (result.committed) throw new Error('expected the commit to be refused');
    expect(errorCodes(result.report, 3)).toEqual(['null:IMPORT.STALE_ROW']);
    expect(rowOf(result.report, 3).errors[0]).toMatchObject({
      id: expect.stringContaining('sudah diubah, dibuat atau dihapus orang lain sejak pratinjau') as string,
      en: expect.stringContaining('changed, created or deleted by someone else since the preview') as string,
    });
    expect(result.report.canCommit).toBe(false);
    expect(await t.h.prisma.unit.count({ where: { short: 'BARU-2' } })).toBe(0);
    expect(await t.h.prisma.unit.findUniqueOrThrow({ where: { id: t.h.units.dinasB } })).toMatchObject({
      name: 'Diubah di Formulir',
      version: 2,
    });
    expect(await t.h.prisma.auditEvent.count()).toBe(before);
    expect(await t.h.prisma.importFile.count({ where: { id: fileId } })).toBe(1);

    // An update needs its preview: without `expected` it is refused the same way.
    const again = await admin.import.commit({ fileId });
    expect(again.committed).toBe(false);
    // A fresh preview sees version 2 and the commit goes through.
    const fresh = await admin.import.preview({ fileId });
    expect(rowOf(fresh, 3)).toMatchObject({
      match: { version: 2 },
      changes: [{ column: 'nama', from: 'Diubah di Formulir', to: 'Dinas B dari Berkas' }],
    });
    await expect(admin.import.commit({ fileId, expected: expectedOf(fresh) })).resolves.toMatchObject({
      committed: true,
      created: 1,
      updated: 1,
    });
  });

  it('users (CSV): updates name, role, unit and language only, never the password; refuses own role', async () => {
    const { prisma, users } = t.h;
    const header = IMPORT_COLUMNS.USERS.map(headerText);
    const operatorBefore = await prisma.user.findUniqueOrThrow({ where: { id: users.operator.id } });
    const bytes = csv([
      header,
      ['operator@uji.inovda.id', 'Operator Dinas A', 'OPERATOR', 'UPTD-A', null],
      ['viewer@uji.inovda.id', 'User viewer', 'PIMPINAN', null, null],
      ['Verifier@Uji.Inovda.id', 'User verifier', 'ADMIN', null, 'en'],
      ['akun.baru@uji.id', 'Akun Baru', 'VIEWER', null, null],
    ]);
    const fileId = await t.uploadOk('users', bytes, 'pengguna.csv');
    const admin = t.h.callerFor('admin');

    // CREATE_ONLY: existing e-mails are refused as before.
    const createOnly = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    expect(createOnly.totals).toMatchObject({ withErrors: 3, created: 1 });
    expect(errorCodes(createOnly, 2)).toEqual(['email:USER.EMAIL_TAKEN']);
    expect(rowOf(createOnly, 2)).toMatchObject({ match: null, changes: [] });

    const report = await admin.import.preview({ fileId });
    expect(report.totals).toMatchObject({ created: 1, updated: 2, unchanged: 1, withErrors: 0 });
    expect(rowOf(report, 2)).toMatchObject({
      action: 'UPDATE',
      changes: [
        { column: 'nama', from: 'User operator', to: 'Operator Dinas A' },
        { column: 'unit', from: 'DINAS-A', to: 'UPTD-A' },
      ],
    });
    expect(rowOf(report, 3)).toMatchObject({ action: 'UNCHANGED' });
    expect(rowOf(report, 4).changes).toEqual([
      { column: 'peran', from: 'VERIFIER', to: 'ADMIN' },
      { column: 'bahasa', from: 'id', to: 'en' },
    ]);

    const result = await admin.import.commit({ fileId, expected: expectedOf(report) });
    if (!result.committed) throw new Error('expected a commit');
    expect(result).toMatchObject({ created: 1, updated: 2, unchanged: 1 });
    // Only the new account gets an initial password.
    expect(result.users.map((u) => u.email)).toEqual(['akun.baru@uji.id']);
    const operator = await prisma.user.findUniqueOrThrow({ where: { id: users.operator.id } });
    expect(operator).toMatchObject({
      name: 'Operator Dinas A',
      unitId: t.h.units.uptdA,
      role: 'OPERATOR',
      passwordHash: operatorBefore.passwordHash,
      mustChangePassword: false,
      active: true,
      version: operatorBefore.version + 1,
    });
    expect(await prisma.session.count({ where: { userId: users.operator.id } })).toBeGreaterThan(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'user.update', entityId: users.operator.id },
    });
    expect(audit.after).toMatchObject({ importFileId: fileId, passwordChanged: false });

    // The importing admin cannot change their own role; another region's account stays untouchable.
    const own = await t.uploadOk(
      'users',
      csv([
        header,
        ['admin@uji.inovda.id', 'User admin', 'VIEWER', null, null],
        ['otherregion@uji.inovda.id', 'Orang Lain', 'VIEWER', null, null],
      ]),
      'sendiri.csv',
    );
    const refused = await admin.import.preview({ fileId: own });
    expect(errorCodes(refused, 2)).toEqual(['peran:USER.CANNOT_CHANGE_SELF']);
    expect(errorCodes(refused, 3)).toEqual(['email:USER.EMAIL_TAKEN']);
  });

  it('innovations (XLSX): updates a draft, leaves unchanged ones, refuses locked and archived ones', async () => {
    const base = { unit: 'DINAS-A', tahun: 2026, urusan: 'kesehatan' };
    const file = await t.xlsx('innovations', [
      innovationRow({ ...base, nama: 'draf  satu', tahapan: 'Penerapan', tujuan: 'Tujuan baru.' }),
      innovationRow({ ...base, nama: 'Terkunci' }),
      innovationRow({ ...base, nama: 'Terkunci Dua', tujuan: 'Diubah setelah diajukan.' }),
      innovationRow({ ...base, nama: 'Lama', tahun: 2025, tujuan: 'Diubah di arsip.' }),
      innovationRow({ ...base, nama: 'Inovasi Baru', unit: 'DINAS-B' }),
    ]);
    const fileId = await t.uploadOk('innovations', file);
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(rowOf(report, 3)).toMatchObject({
      action: 'UPDATE',
      match: { entityId: draftId, version: 1 },
      errors: [],
      changes: [
        { column: 'tahapan', from: 'INISIATIF', to: 'PENERAPAN' },
        { column: 'tujuan', from: '—', to: 'Tujuan baru.' },
      ],
    });
    // Locked but unchanged: nothing to write, so no error.
    expect(rowOf(report, 4)).toMatchObject({ action: 'UNCHANGED', errors: [] });
    expect(errorCodes(report, 5)).toEqual(['nama:IMPORT.INNOVATION_LOCKED']);
    expect(rowOf(report, 5).errors[0]).toMatchObject({
      id: expect.stringContaining('berstatus SUBMITTED') as string,
      en: expect.stringContaining('locked: an import may not change it') as string,
    });
    expect(errorCodes(report, 6)).toEqual(['nama:IMPORT.INNOVATION_ARCHIVED']);
    expect(rowOf(report, 6).errors[0]?.en).toContain(
      'the 2025 period, which is closed or archived (ARCHIVED)',
    );
    expect(rowOf(report, 7)).toMatchObject({ action: 'CREATE', errors: [] });
    const before = await t.h.prisma.innovation.count();
    expect((await admin.import.commit({ fileId, expected: expectedOf(report) })).committed).toBe(false);
    expect(await t.h.prisma.innovation.count()).toBe(before);
    expect(await t.h.prisma.innovation.findUniqueOrThrow({ where: { id: lockedId } })).toMatchObject({
      version: 1,
    });

    // CREATE_ONLY refuses the existing ones as duplicates, as before.
    const createOnly = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    expect(errorCodes(createOnly, 3)).toEqual(['nama:IMPORT.DUPLICATE_INNOVATION']);
    expect(errorCodes(createOnly, 4)).toEqual(['nama:IMPORT.DUPLICATE_INNOVATION']);

    // Without the refused rows the file goes through.
    const good = await t.uploadOk(
      'innovations',
      await t.xlsx('innovations', [
        innovationRow({ ...base, nama: 'Draf Satu', tahapan: 'Penerapan', tujuan: 'Tujuan baru.' }),
        innovationRow({ ...base, nama: 'Terkunci' }),
        innovationRow({ ...base, nama: 'Inovasi Baru', unit: 'DINAS-B' }),
      ]),
    );
    const goodReport = await admin.import.preview({ fileId: good });
    expect(goodReport.totals).toMatchObject({ created: 1, updated: 1, unchanged: 1, withErrors: 0 });
    const result = await admin.import.commit({ fileId: good, expected: expectedOf(goodReport) });
    expect(result).toMatchObject({ committed: true, created: 1, updated: 1, unchanged: 1 });
    const updated = await admin.innovation.byId({ id: draftId });
    expect(updated).toMatchObject({ version: 2, profile: { tahapan: 'PENERAPAN', tujuan: 'Tujuan baru.' } });
    expect(
      await t.h.prisma.auditEvent.count({
        where: {
          action: 'innovation.update',
          entityId: draftId,
          after: { path: ['importFileId'], equals: good },
        },
      }),
    ).toBe(1);
    expect(await t.h.prisma.submission.count({ where: { innovation: { name: 'Inovasi Baru' } } })).toBe(1);
  });

  it('innovations: an edit in the form between preview and commit stops the commit', async () => {
    const base = { unit: 'DINAS-A', tahun: 2026, urusan: 'kesehatan' };
    const fileId = await t.uploadOk(
      'innovations',
      await t.xlsx('innovations', [
        innovationRow({ ...base, nama: 'Draf Satu', manfaat: 'Manfaat dari berkas.' }),
      ]),
    );
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId });
    expect(rowOf(report, 3)).toMatchObject({ action: 'UPDATE', match: { version: 2 } });
    await admin.innovation.update({ id: draftId, version: 2, profile: { hasil: 'Dari formulir.' } });
    const result = await admin.import.commit({ fileId, expected: expectedOf(report) });
    if (result.committed) throw new Error('expected the commit to be refused');
    expect(errorCodes(result.report, 3)).toEqual(['null:IMPORT.STALE_ROW']);
    const stored = await admin.innovation.byId({ id: draftId });
    expect(stored).toMatchObject({ version: 3, profile: { hasil: 'Dari formulir.' } });
    expect(stored.profile.manfaat).toBeUndefined();
  });
});
