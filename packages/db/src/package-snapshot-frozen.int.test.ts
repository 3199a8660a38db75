import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testBackends, type TestDb } from './testing.ts';

describe.each(testBackends())('a frozen PackageSnapshot cannot change on %s', (backend) => {
  let db: TestDb;
  let snapshotId: string;
  let submissionId: string;
  let userId: string;
  beforeAll(async () => {
    db = await createTestDb({ backend });
    const { prisma } = db;
    const region = await prisma.region.create({ data: { code: '33.18', name: 'Kabupaten Pati' } });
    const unit = await prisma.unit.create({
      data: { regionId: region.id, short: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD', urusan: [] },
    });
    const user = await prisma.user.create({
      data: { regionId: region.id, email: 'a@x.id', name: 'Admin', passwordHash: 'x', role: 'ADMIN' },
    });
    userId = user.id;
    const period = await prisma.period.create({
      data: { regionId: region.id, year: 2026, name: 'IID 2026', editionCode: 'iga-2026' },
    });
    const innovation = await prisma.innovation.create({
      data: { regionId: region.id, unitId: unit.id, name: 'Antar Obat', urusan: 'kesehatan' },
    });
    const submission = await prisma.submission.create({
      data: { periodId: period.id, innovationId: innovation.id, state: 'READY_TO_SEND' },
    });
    submissionId = submission.id;
    const snapshot = await prisma.packageSnapshot.create({
      data: {
        regionId: region.id,
        periodId: period.id,
        sequence: 1,
        sha256: 'a'.repeat(64),
        size: 1234,
        manifest: { files: [] },
        manifestSha256: 'b'.repeat(64),
        verifiedIidX100: 4501,
        verifiedPredicate: 'INOVATIF',
        claimedIidX100: 5002,
        claimedPredicate: 'INOVATIF',
        frozenById: user.id,
        frozenAt: new Date('2026-06-01T03:00:00Z'),
        items: {
          create: {
            submissionId,
            position: 1,
            innovationId: innovation.id,
            name: innovation.name,
            unitName: unit.name,
            state: 'READY_TO_SEND',
            submissionVersion: 3,
            claimedMaturityX100: 1200,
            verifiedMaturityX100: 1100,
          },
        },
      },
    });
    snapshotId = snapshot.id;
  });
  afterAll(async () => {
    await db.close();
  });

  it('rejects changing a frozen column, deleting and truncating, with a clear message', async () => {
    const { prisma } = db;
    await expect(
      prisma.packageSnapshot.update({ where: { id: snapshotId }, data: { sha256: 'c'.repeat(64) } }),
    ).rejects.toThrow(/PACKAGE\.FROZEN.*UPDATE/);
    // Setting the send stamp together with another column is still a change of the frozen package.
    await expect(
      prisma.packageSnapshot.update({
        where: { id: snapshotId },
        data: { sentAt: new Date(), sentById: userId, verifiedIidX100: 9999 },
      }),
    ).rejects.toThrow(/PACKAGE\.FROZEN/);
    await expect(prisma.packageSnapshot.delete({ where: { id: snapshotId } })).rejects.toThrow(
      /PACKAGE\.FROZEN.*DELETE/,
    );
    await expect(
      prisma.packageSnapshotItem.updateMany({ data: { verifiedMaturityX100: 4000 } }),
    ).rejects.toThrow(/PACKAGE\.FROZEN.*PackageSnapshotItem/);
    await expect(prisma.packageSnapshotItem.deleteMany({})).rejects.toThrow(/PACKAGE\.FROZEN/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "PackageSnapshot" CASCADE')).rejects.toThrow(/TRUNCATE/);
    // A submission in a frozen package cannot be deleted either (the item restricts it).
    await expect(prisma.submission.delete({ where: { id: submissionId } })).rejects.toThrow();
    const row = await prisma.packageSnapshot.findUniqueOrThrow({
      where: { id: snapshotId },
      include: { items: true },
    });
    expect(row).toMatchObject({ sha256: 'a'.repeat(64), verifiedIidX100: 4501, sentAt: null });
    expect(row.items).toEqual([expect.objectContaining({ verifiedMaturityX100: 1100 })]);
  });

  it('sets the send stamp once, and never again', async () => {
    const { prisma } = db;
    await expect(
      prisma.packageSnapshot.update({ where: { id: snapshotId }, data: { sentAt: new Date() } }),
    ).rejects.toThrow(/PACKAGE\.FROZEN/);
    const sentAt = new Date('2026-06-02T02:00:00Z');
    const sent = await prisma.packageSnapshot.update({
      where: { id: snapshotId },
      data: { sentAt, sentById: userId },
    });
    expect(sent).toMatchObject({ sentAt, sentById: userId, sha256: 'a'.repeat(64) });
    await expect(
      prisma.packageSnapshot.update({ where: { id: snapshotId }, data: { sentAt: new Date() } }),
    ).rejects.toThrow(/PACKAGE\.FROZEN/);
  });
});
