import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testBackends, type TestDb } from './testing.ts';

describe.each(testBackends())('AuditEvent is append-only on %s', (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ backend });
  });
  afterAll(async () => {
    await db.close();
  });

  it('accepts inserts and rejects UPDATE, DELETE and TRUNCATE with a clear message', async () => {
    const region = await db.prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Pati' } });
    const event = await db.prisma.auditEvent.create({
      data: {
        regionId: region.id,
        action: 'unit.create',
        entity: 'Unit',
        entityId: 'u1',
        after: { name: 'X' },
      },
    });
    await expect(
      db.prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'forged' } }),
    ).rejects.toThrow(/AUDIT\.APPEND_ONLY.*UPDATE/);
    await expect(db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /AUDIT\.APPEND_ONLY.*DELETE/,
    );
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/TRUNCATE/);
    expect(await db.prisma.auditEvent.findMany()).toEqual([
      expect.objectContaining({ id: event.id, action: 'unit.create' }),
    ]);
  });
});
