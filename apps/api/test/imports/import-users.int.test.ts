// Bulk import of users: user.create's rules per row (email free and unique in the file, a unit for an
// OPERATOR, valid role and email), random initial passwords returned once and stored only as hashes, and the
// first sign-in that must replace the initial password before any session exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/auth/password.ts';
import { generateInitialPassword } from '../../src/imports/users.ts';
import { MemoryCookieJar } from '../harness.ts';
import { type ImportApp, openImportApp } from './import-app.ts';

describe('import of users', () => {
  let t: ImportApp;
  beforeAll(async () => {
    t = await openImportApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('makes random initial passwords that pass the password rule and never start like a formula', () => {
    const passwords = Array.from({ length: 200 }, generateInitialPassword);
    expect(new Set(passwords).size).toBe(200);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      expect(password).toMatch(/[2-9]/);
    }
  });

  it('reports each row error in the words of user.create and writes nothing', async () => {
    const file = await t.xlsx('users', [
      ['admin@uji.inovda.id', 'Sudah Ada', 'VIEWER'],
      ['bukan-email', 'Email Salah', 'VIEWER'],
      ['op.tanpa.unit@uji.id', 'Operator Tanpa Unit', 'OPERATOR'],
      ['op.unit.salah@uji.id', 'Operator Unit Salah', 'OPERATOR', 'TIDAK-ADA'],
      ['peran@uji.id', 'Peran Salah', 'KEPALA'],
      ['ganda@uji.id', 'Pertama', 'VIEWER'],
      ['GANDA@uji.id', 'Kedua', 'VIEWER'],
      ['baik@uji.id', 'Baris Baik', 'verifikator', null, 'en'],
    ]);
    const fileId = await t.uploadOk('users', file);
    const admin = t.h.callerFor('admin');
    const report = await admin.import.preview({ fileId, mode: 'CREATE_ONLY' });
    const errorsOf = (row: number) => report.rows.find((r) => r.row === row)?.errors ?? [];
    expect(errorsOf(3)).toMatchObject([
      { column: 'email', code: 'USER.EMAIL_TAKEN', id: 'Email admin@uji.inovda.id sudah dipakai.' },
    ]);
    expect(errorsOf(4)).toMatchObject([{ column: 'email', en: 'Not a valid email address.' }]);
    expect(errorsOf(5)).toMatchObject([
      { column: 'unit', code: 'USER.OPERATOR_NEEDS_UNIT', en: 'An operator must belong to a unit.' },
    ]);
    expect(errorsOf(6)).toMatchObject([{ column: 'unit', code: 'IMPORT.UNKNOWN_UNIT' }]);
    expect(errorsOf(7)).toMatchObject([{ column: 'peran', code: 'IMPORT.FIELD_INVALID' }]);
    expect(errorsOf(7)[0]?.id).toContain('"KEPALA"');
    expect(errorsOf(8)).toEqual([]);
    expect(errorsOf(9)).toMatchObject([{ column: 'email', code: 'IMPORT.DUPLICATE_IN_FILE' }]);
    expect(errorsOf(10)).toEqual([]);
    const result = await admin.import.commit({ fileId, mode: 'CREATE_ONLY' });
    expect(result.committed).toBe(false);
    expect(await t.h.prisma.user.count({ where: { email: { in: ['baik@uji.id', 'ganda@uji.id'] } } })).toBe(
      0,
    );
  });

  it('creates the accounts, returns each initial password once, and forces a new one at first sign-in', async () => {
    const file = await t.xlsx('users', [
      ['Operator.Satu@Uji.id', 'Operator Satu', 'OPERATOR', 'uptd-a'],
      ['pimpinan.baru@uji.id', 'Pimpinan Baru', 'pimpinan', null, 'en'],
    ]);
    const fileId = await t.uploadOk('users', file);
    const admin = t.h.callerFor('admin');
    const result = await admin.import.commit({ fileId });
    if (!result.committed) throw new Error('expected a commit');
    expect(result.users.map(({ row, email, role }) => ({ row, email, role }))).toEqual([
      { row: 3, email: 'operator.satu@uji.id', role: 'OPERATOR' },
      { row: 4, email: 'pimpinan.baru@uji.id', role: 'VIEWER' },
    ]);
    const operator = await t.h.prisma.user.findUniqueOrThrow({ where: { email: 'operator.satu@uji.id' } });
    expect(operator).toMatchObject({
      unitId: t.h.units.uptdA,
      mustChangePassword: true,
      regionId: t.h.region.id,
    });
    const password = result.users[0]!.password;
    expect(operator.passwordHash).not.toContain(password);
    expect(await verifyPassword(operator.passwordHash, password)).toBe(true);
    // The audit trail records the accounts, never a password.
    const audit = await t.h.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: operator.id, action: 'user.create' },
    });
    expect(JSON.stringify(audit.after)).not.toContain(password);
    expect(audit.after).toMatchObject({ mustChangePassword: true, importFileId: fileId });

    // First sign-in: the initial password alone opens no session.
    const jar = new MemoryCookieJar();
    const anonymous = t.h.callerWithJar(jar);
    const credentials = { email: 'operator.satu@uji.id', password };
    await expect(anonymous.auth.login(credentials)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'AUTH.PASSWORD_CHANGE_REQUIRED',
    });
    expect(jar.values.size).toBe(0);
    expect(await t.h.prisma.session.count({ where: { userId: operator.id } })).toBe(0);
    await expect(anonymous.auth.login({ ...credentials, newPassword: password })).rejects.toMatchObject({
      appCode: 'AUTH.NEW_PASSWORD_SAME',
    });
    const me = await anonymous.auth.login({ ...credentials, newPassword: 'Sandi-baru-saya-1' });
    expect(me.email).toBe('operator.satu@uji.id');
    expect(jar.values.size).toBe(1);
    const after = await t.h.prisma.user.findUniqueOrThrow({ where: { id: operator.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, password)).toBe(false);
    // From now on the account signs in like any other; the initial password is dead.
    await expect(
      t.h.callerWithJar(new MemoryCookieJar()).auth.login({ ...credentials, password: 'Sandi-baru-saya-1' }),
    ).resolves.toMatchObject({ email: 'operator.satu@uji.id' });
    await expect(t.h.callerWithJar(new MemoryCookieJar()).auth.login(credentials)).rejects.toMatchObject({
      appCode: 'AUTH.INVALID_CREDENTIALS',
    });
  });

  it('refuses a user file with more rows than its cap (1,000: each account costs a password hash)', async () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => [`u${i}@uji.id`, `User ${i}`, 'VIEWER']);
    const fileId = await t.uploadOk('users', await t.xlsx('users', rows));
    await expect(t.h.callerFor('admin').import.preview({ fileId })).rejects.toMatchObject({
      appCode: 'IMPORT.TOO_MANY_ROWS',
      params: { max: 1_000 },
    });
  });
});
