// Behaviour of the core routers beyond access: scope filtering, validation codes, selects without secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.ts';
import { createHarness, type Harness } from './harness.ts';

async function appCodeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).appCode;
}

describe('core routers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    const innovation = (unitId: string, name: string) =>
      h.prisma.innovation.create({ data: { regionId: h.region.id, unitId, name, urusan: 'kesehatan' } });
    const a = await innovation(h.units.dinasA, 'Inovasi A');
    await innovation(h.units.uptdA, 'Inovasi UPTD');
    await innovation(h.units.dinasB, 'Inovasi B');
    await h.prisma.submission.create({ data: { periodId: h.period.id, innovationId: a.id } });
  });
  afterAll(async () => {
    await h.close();
  });

  describe('unit.list', () => {
    it('gives region-wide roles the whole forest with counts for the active period', async () => {
      const { periodId, units } = await h.callerFor('viewer').unit.list();
      expect(periodId).toBe(h.period.id);
      expect(units.map((u) => u.short).sort()).toEqual(['DINAS-A', 'DINAS-B']);
      const dinasA = units.find((u) => u.short === 'DINAS-A');
      expect(dinasA).toMatchObject({ innovationCount: 1, innovationTotal: 1 });
      expect(
        dinasA?.children.map((c) => ({ short: c.short, total: c.innovationTotal, count: c.innovationCount })),
      ).toEqual([{ short: 'UPTD-A', total: 1, count: 0 }]);
    });

    it('gives an operator only its unit and the units under it', async () => {
      const { units } = await h.callerFor('operator').unit.list();
      expect(units.map((u) => u.short)).toEqual(['DINAS-A']);
      expect(units[0]?.children.map((c) => c.short)).toEqual(['UPTD-A']);
      const other = await h.callerFor('otherUnitOperator').unit.list();
      expect(other.units.map((u) => u.short)).toEqual(['DINAS-B']);
      expect(other.units[0]?.children).toEqual([]);
    });

    it('never shows another region', async () => {
      const { units, periodId } = await h.callerFor('otherRegion').unit.list();
      expect(units.map((u) => u.short)).toEqual(['DINAS-X']);
      expect(periodId).toBeNull();
    });
  });

  describe('period.openWork', () => {
    it('counts what is still being written and what waits for verification, for the closing warning', async () => {
      const admin = h.callerFor('admin');
      const before = await admin.period.openWork({ id: h.period.id });
      const innovation = await h.prisma.innovation.create({
        data: {
          regionId: h.region.id,
          unitId: h.units.dinasB,
          name: 'Menunggu verifikasi',
          urusan: 'kesehatan',
        },
      });
      await h.prisma.submission.create({
        data: { periodId: h.period.id, innovationId: innovation.id, state: 'SUBMITTED' },
      });
      const after = await admin.period.openWork({ id: h.period.id });
      expect(after).toEqual({ drafts: before.drafts, awaitingVerification: before.awaitingVerification + 1 });
      expect(before.drafts).toBeGreaterThanOrEqual(1);
      expect(await appCodeOf(h.callerFor('otherRegion').period.openWork({ id: h.period.id }))).toBe(
        'SCOPE.OUT_OF_SCOPE',
      );
    });
  });

  describe('unit.create / unit.update', () => {
    it('refuses a parent that would make a cycle and a duplicate short name', async () => {
      const admin = h.callerFor('admin');
      const dinasA = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasA } });
      expect(
        await appCodeOf(
          admin.unit.update({ id: dinasA.id, version: dinasA.version, parentId: h.units.uptdA }),
        ),
      ).toBe('UNIT.PARENT_CYCLE');
      expect(
        await appCodeOf(admin.unit.update({ id: dinasA.id, version: dinasA.version, parentId: dinasA.id })),
      ).toBe('UNIT.PARENT_CYCLE');
      expect(
        await appCodeOf(
          admin.unit.create({
            parentId: null,
            kind: 'OPD',
            name: 'Dinas A lagi',
            short: 'DINAS-A',
            urusan: [],
          }),
        ),
      ).toBe('VALIDATION.DUPLICATE');
    });

    it('refuses a unit name already used, whatever its case and spacing, on create and on rename', async () => {
      const admin = h.callerFor('admin');
      const error = await admin.unit
        .create({ parentId: null, kind: 'OPD', name: '  unit   dinas-a ', short: 'DUPE', urusan: [] })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).appCode).toBe('UNIT.NAME_TAKEN');
      expect((error as AppError).params).toEqual({ name: 'Unit DINAS-A' });
      const dinasB = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasB } });
      expect(
        await appCodeOf(admin.unit.update({ id: dinasB.id, version: dinasB.version, name: 'UNIT DINAS-A' })),
      ).toBe('UNIT.NAME_TAKEN');
      // Its own name, respaced, is no clash; another region may have the same name.
      const renamed = await admin.unit.update({
        id: dinasB.id,
        version: dinasB.version,
        name: 'Unit  DINAS-B',
      });
      expect(renamed.name).toBe('Unit DINAS-B');
      const other = await h.callerFor('otherRegion').unit.create({
        parentId: null,
        kind: 'OPD',
        name: 'Unit DINAS-A',
        short: 'DINAS-A',
        urusan: [],
      });
      expect(other.name).toBe('Unit DINAS-A');
    });

    it('refuses to deactivate a unit with active units under it', async () => {
      const dinasA = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasA } });
      expect(
        await appCodeOf(
          h.callerFor('admin').unit.update({ id: dinasA.id, version: dinasA.version, active: false }),
        ),
      ).toBe('UNIT.HAS_ACTIVE_CHILDREN');
    });

    it('refuses a parent in another region', async () => {
      const input = {
        parentId: h.units.otherRegionOpd,
        kind: 'UPTD' as const,
        name: 'Salah wilayah',
        short: 'X-1',
        urusan: [],
      };
      expect(await appCodeOf(h.callerFor('admin').unit.create(input))).toBe('SCOPE.OUT_OF_SCOPE');
    });
  });

  describe('user', () => {
    it('never returns a password hash', async () => {
      const { items } = await h.callerFor('admin').user.list();
      expect(items.length).toBeGreaterThanOrEqual(5);
      for (const item of items) expect(item).not.toHaveProperty('passwordHash');
      expect(items.every((item) => !JSON.stringify(item).includes('$argon2'))).toBe(true);
    });

    it('lists only the own region and pages with a cursor', async () => {
      const first = await h.callerFor('admin').user.list({ limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = await h
        .callerFor('admin')
        .user.list({ limit: 2, cursor: first.nextCursor ?? undefined });
      expect(second.items.map((u) => u.id)).not.toContain(first.items[0]?.id);
      const other = await h.callerFor('otherRegion').user.list();
      expect(other.items.map((u) => u.email)).toEqual([h.users.otherRegion.email]);
    });

    it('requires a unit for an operator, a free email and a strong password', async () => {
      const admin = h.callerFor('admin');
      const base = {
        email: 'op.baru@uji.inovda.id',
        name: 'Operator Baru',
        role: 'OPERATOR' as const,
        password: 'sandi-kuat-1',
      };
      expect(await appCodeOf(admin.user.create({ ...base, unitId: null }))).toBe('USER.OPERATOR_NEEDS_UNIT');
      expect(
        await appCodeOf(admin.user.create({ ...base, email: h.users.viewer.email, unitId: h.units.dinasA })),
      ).toBe('USER.EMAIL_TAKEN');
      await expect(
        admin.user.create({ ...base, unitId: h.units.dinasA, password: 'pendek1' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const created = await admin.user.create({
        ...base,
        email: 'OP.Baru@Uji.Inovda.id',
        unitId: h.units.dinasA,
      });
      expect(created).toMatchObject({
        email: 'op.baru@uji.inovda.id',
        role: 'OPERATOR',
        unit: { id: h.units.dinasA },
      });
      expect(
        await appCodeOf(admin.user.update({ id: created.id, version: created.version, unitId: null })),
      ).toBe('USER.OPERATOR_NEEDS_UNIT');
      // The initial password came from the admin: the first sign-in must replace it, as for imported accounts.
      const anonymous = h.callerFor('anonymous');
      expect(await appCodeOf(anonymous.auth.login({ email: base.email, password: base.password }))).toBe(
        'AUTH.PASSWORD_CHANGE_REQUIRED',
      );
      await anonymous.auth.login({
        email: base.email,
        password: base.password,
        newPassword: 'sandi-sendiri-2',
      });
      const after = await h.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
      expect(after.mustChangePassword).toBe(false);
    });

    it('does not let an admin demote or deactivate itself, and ends sessions of a deactivated user', async () => {
      const admin = h.callerFor('admin');
      const self = await h.prisma.user.findUniqueOrThrow({ where: { id: h.users.admin.id } });
      expect(await appCodeOf(admin.user.update({ id: self.id, version: self.version, role: 'VIEWER' }))).toBe(
        'USER.CANNOT_CHANGE_SELF',
      );
      const target = await admin.user.create({
        email: 'pergi@uji.inovda.id',
        name: 'Akan Pergi',
        role: 'VIEWER',
        password: 'sandi-kuat-2',
      });
      await h.prisma.session.create({
        data: { id: 'x'.repeat(64), userId: target.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      const updated = await admin.user.update({ id: target.id, version: target.version, active: false });
      expect(updated.active).toBe(false);
      expect(await h.prisma.session.count({ where: { userId: target.id } })).toBe(0);
    });
  });

  describe('period', () => {
    it('accepts built-in and the region’s custom editions and refuses unknown ones', async () => {
      const admin = h.callerFor('admin');
      expect(await appCodeOf(admin.period.create({ year: 2040, editionCode: 'iga-1999' }))).toBe(
        'PERIOD.UNKNOWN_EDITION',
      );
      await h.prisma.customEdition.create({
        data: { regionId: h.region.id, code: 'pati-2027', name: 'Pati 2027', baseCode: 'iga-2026', pack: {} },
      });
      await expect(admin.period.create({ year: 2027, editionCode: 'pati-2027' })).resolves.toMatchObject({
        year: 2027,
        state: 'PLANNING',
      });
      expect(await appCodeOf(admin.period.create({ year: 2027, editionCode: 'iga-2026' }))).toBe(
        'PERIOD.YEAR_TAKEN',
      );
      // Another region's custom edition is not ours.
      expect(
        await appCodeOf(h.callerFor('otherRegion').period.create({ year: 2027, editionCode: 'pati-2027' })),
      ).toBe('PERIOD.UNKNOWN_EDITION');
    });

    it('moves state only along the allowed transitions and checks deadline order', async () => {
      const admin = h.callerFor('admin');
      const p = await admin.period.create({ year: 2028, editionCode: 'iga-2026' });
      expect(await appCodeOf(admin.period.update({ id: p.id, version: p.version, state: 'CLOSED' }))).toBe(
        'PERIOD.INVALID_STATE_CHANGE',
      );
      const open = await admin.period.update({ id: p.id, version: p.version, state: 'OPEN' });
      expect(open).toMatchObject({ state: 'OPEN', version: p.version + 1 });
      expect(
        await appCodeOf(admin.period.update({ id: p.id, version: open.version, editionCode: 'iga-2024' })),
      ).toBe('PERIOD.EDITION_LOCKED');
      const deadlines = {
        internalDeadline: new Date('2028-06-30'),
        nationalDeadline: new Date('2028-06-01'),
      };
      expect(await appCodeOf(admin.period.update({ id: p.id, version: open.version, ...deadlines }))).toBe(
        'PERIOD.DEADLINE_ORDER',
      );
    });
  });

  describe('notification', () => {
    it('lists and marks only the own notifications', async () => {
      const mine = await h.prisma.notification.create({
        data: { userId: h.users.operator.id, kind: 'DEADLINE', title: 'T', body: 'B' },
      });
      const theirs = await h.prisma.notification.create({
        data: { userId: h.users.viewer.id, kind: 'DEADLINE', title: 'T', body: 'B' },
      });
      const operator = h.callerFor('operator');
      const list = await operator.notification.list();
      expect(list.items.map((n) => n.id)).toEqual([mine.id]);
      expect(list.unreadCount).toBe(1);
      await expect(operator.notification.markRead({ ids: [mine.id, theirs.id] })).resolves.toEqual({
        count: 1,
      });
      expect((await h.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
      expect((await operator.notification.list({ unreadOnly: true })).items).toEqual([]);
    });
  });
});
