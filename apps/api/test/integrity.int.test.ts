// Integrity of mutations: stale edits get EDIT.CONFLICT, the audit row commits with its change (and not
// without it), and the audit table refuses UPDATE and DELETE at the database level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../src/audit.ts';
import { AppError } from '../src/errors.ts';
import { updateVersioned } from '../src/optimistic-lock.ts';
import { createHarness, type Harness } from './harness.ts';

describe('integrity', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const auditCount = (entityId: string) => h.prisma.auditEvent.count({ where: { entityId } });

  it('refuses a stale edit with EDIT.CONFLICT and keeps the newer value', async () => {
    const admin = h.callerFor('admin');
    const unit = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasB } });
    const first = await admin.unit.update({ id: unit.id, version: unit.version, name: 'Dinas B (baru)' });
    expect(first.version).toBe(unit.version + 1);
    const stale = await admin.unit
      .update({ id: unit.id, version: unit.version, name: 'Dinas B (lama)' })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect(stale).toMatchObject({ appCode: 'EDIT.CONFLICT', code: 'CONFLICT' });
    expect((await h.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe('Dinas B (baru)');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const period = await h.prisma.period.findUniqueOrThrow({ where: { id: h.period.id } });
    const admin = h.callerFor('admin');
    const results = await Promise.allSettled([
      admin.period.update({ id: period.id, version: period.version, name: 'Satu' }),
      admin.period.update({ id: period.id, version: period.version, name: 'Dua' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && (rejected.reason as AppError).appCode).toBe('EDIT.CONFLICT');
    expect((await h.prisma.period.findUniqueOrThrow({ where: { id: period.id } })).version).toBe(
      period.version + 1,
    );
  });

  it('writes the audit row with the change: actor, action, before and after', async () => {
    const admin = h.callerFor('admin');
    const unit = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.uptdA } });
    const before = await auditCount(unit.id);
    await admin.unit.update({ id: unit.id, version: unit.version, name: 'UPTD A diaudit' });
    expect(await auditCount(unit.id)).toBe(before + 1);
    const event = await h.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: unit.id },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({
      action: 'unit.update',
      entity: 'Unit',
      actorId: h.users.admin.id,
      regionId: h.region.id,
    });
    expect(event.before).toMatchObject({ name: unit.name, version: unit.version });
    expect(event.after).toMatchObject({ name: 'UPTD A diaudit', version: unit.version + 1 });
    expect(event.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes no audit row when the mutation fails (stale version, rule violation)', async () => {
    const admin = h.callerFor('admin');
    const unit = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasA } });
    const before = await auditCount(unit.id);
    await expect(
      admin.unit.update({ id: unit.id, version: unit.version + 1, name: 'x-stale' }),
    ).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await expect(
      admin.unit.update({ id: unit.id, version: unit.version, parentId: h.units.uptdA }),
    ).rejects.toMatchObject({
      appCode: 'UNIT.PARENT_CYCLE',
    });
    expect(await auditCount(unit.id)).toBe(before);
  });

  it('rolls the change back when the transaction fails after the audit row (one transaction)', async () => {
    const unit = await h.prisma.unit.findUniqueOrThrow({ where: { id: h.units.dinasA } });
    const before = await auditCount(unit.id);
    const failing = h.prisma.$transaction(async (tx) => {
      await updateVersioned('Unit', unit, (where) =>
        tx.unit.updateMany({ where, data: { name: 'tidak jadi', version: { increment: 1 } } }),
      );
      await writeAudit(tx, {
        actor: { id: h.users.admin.id, regionId: h.region.id },
        action: 'unit.update',
        entity: 'Unit',
        entityId: unit.id,
      });
      throw new Error('boom after the audit row');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await h.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      name: unit.name,
      version: unit.version,
    });
    expect(await auditCount(unit.id)).toBe(before);
  });

  it('refuses UPDATE and DELETE on the audit table', async () => {
    const event = await h.prisma.auditEvent.findFirstOrThrow({});
    await expect(
      h.prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'forged' } }),
    ).rejects.toThrow();
    await expect(h.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await h.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      action: event.action,
    });
  });

  it('lists audit events of the own region, newest first, with filters and a cursor', async () => {
    const admin = h.callerFor('admin');
    const page1 = await admin.audit.list({ limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await admin.audit.list({ limit: 2, cursor: page1.nextCursor ?? undefined });
    const ids = [...page1.items, ...page2.items].map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const units = await admin.audit.list({ action: 'unit.' });
    expect(units.items.length).toBeGreaterThan(0);
    expect(units.items.every((e) => e.action.startsWith('unit.') && e.actor?.id === h.users.admin.id)).toBe(
      true,
    );
    expect(
      (await h.callerFor('otherRegion').audit.list()).items.every((e) => e.actor?.id !== h.users.admin.id),
    ).toBe(true);
  });
});
