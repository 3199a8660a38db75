import { createHash } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testBackends, type TestDb } from '../testing.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { loadPatiFixture } from './fixture.ts';
import { seedDemo } from './seed-demo.ts';
import { DEMO_SPD_ANSWERS } from './demo-spd.ts';
import type { SeedScoreFn, SeedSpdTierFn, StoreBlobFn } from './types.ts';

// Stand-ins for what the API injects (the domain scorer and its blob storage); the seed must store
// exactly what they return.
const score: SeedScoreFn = (answers) => ({
  claimedX100: answers.reduce((sum, a) => sum + a.claimedTier * 100, 0),
  verifiedX100: answers.reduce(
    (sum, a) =>
      sum +
      (a.hasEvidence && (a.verdict === 'ACCEPTED' || a.verdict === 'DOWNGRADED')
        ? (a.verifiedTier ?? 0) * 100
        : 0),
    0,
  ),
});

// Stand-in for the domain's `deriveSpdTier`: a tier from the row code, recorded with the figures it was given.
const spdCalls: { editionCode: string; code: string; raw: object }[] = [];
const spdTier: SeedSpdTierFn = (editionCode, code, raw) => {
  spdCalls.push({ editionCode, code, raw });
  return (code.length % 3) + 1;
};

function memoryStore() {
  const blobs = new Map<string, Uint8Array>();
  let calls = 0;
  const storeBlob: StoreBlobFn = async (bytes) => {
    calls++;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    blobs.set(sha256, bytes);
    return { sha256, size: bytes.length };
  };
  return { blobs, storeBlob, calls: () => calls };
}

const fixture = loadPatiFixture();

describe.each(testBackends())('seedDemo on %s', (backend) => {
  let db: TestDb;
  const store = memoryStore();
  beforeAll(async () => {
    db = await createTestDb({ backend });
  });
  afterAll(async () => {
    await db.close();
  });

  it('is all-or-nothing: a failure mid-way leaves no row behind, and a re-run then succeeds', async () => {
    let scored = 0;
    const failing: SeedScoreFn = (answers, edition) => {
      if (++scored === 9) throw new Error('scorer crashed');
      return score(answers, edition);
    };
    await expect(
      seedDemo(db.prisma, { score: failing, spdTier, storeBlob: store.storeBlob }),
    ).rejects.toThrow('scorer crashed');
    const p = db.prisma;
    expect([
      await p.region.count(),
      await p.unit.count(),
      await p.user.count(),
      await p.innovation.count(),
    ]).toEqual([0, 0, 0, 0]);
  });

  it('creates the Pati region, its 90 units as a tree, the demo accounts and the 2026 period', async () => {
    const result = await seedDemo(db.prisma, { score, spdTier, storeBlob: store.storeBlob });
    expect(result.created).toMatchObject({
      regions: 1,
      units: 90,
      users: 6,
      periods: 1,
      innovations: 17,
      submissions: 17,
    });
    const units = await db.prisma.unit.findMany({ include: { parent: true } });
    expect(units).toHaveLength(fixture.units.length);
    for (const unit of fixture.units) {
      const row = units.find((u) => u.short === unit.short)!;
      expect([row.name, row.kind, row.parent?.short ?? null, row.urusan]).toEqual([
        unit.name,
        unit.kind,
        unit.parent,
        unit.urusan,
      ]);
    }
    expect(units.filter((u) => u.kind === 'PUSKESMAS').every((u) => u.parent?.short === 'Dinkes')).toBe(true);
    const period = await db.prisma.period.findFirstOrThrow();
    expect(period).toMatchObject({ year: 2026, editionCode: 'iga-2026', state: 'OPEN' });
  });

  it('answers every SPD row of the period, numeric rows with their figures and the tier the rule derives', async () => {
    const period = await db.prisma.period.findFirstOrThrow();
    const answers = await db.prisma.spdAnswer.findMany({ where: { periodId: period.id } });
    expect(answers.map((a) => a.code).sort()).toEqual(DEMO_SPD_ANSWERS.map((a) => a.code).sort());
    for (const planned of DEMO_SPD_ANSWERS) {
      const row = answers.find((a) => a.code === planned.code)!;
      expect(row.note).toBe(planned.note);
      if ('raw' in planned) {
        expect(row.rawValues).toEqual(planned.raw);
        expect(row.tier).toBe((planned.code.length % 3) + 1);
        expect(spdCalls).toContainEqual({ editionCode: 'iga-2026', code: planned.code, raw: planned.raw });
      } else {
        expect([row.tier, row.rawValues]).toEqual([planned.tier, null]);
      }
    }
  });

  it('gives every demo account its role, unit and an argon2id hash of the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email: account.email },
        include: { unit: true },
      });
      expect(user.role).toBe(account.role);
      expect(user.unit?.short ?? null).toBe(account.unitShort);
      expect(user.unit?.name ?? null).toBe(account.unitName);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('spreads the 17 real innovations over every workflow state with consistent verdicts and notes', async () => {
    const submissions = await db.prisma.submission.findMany({
      include: { innovation: { include: { unit: true } }, answers: true },
    });
    expect(new Set(submissions.map((s) => s.state))).toEqual(
      new Set([
        'DRAFT',
        'SUBMITTED',
        'IN_REVIEW',
        'RETURNED',
        'VERIFIED',
        'READY_TO_SEND',
        'SENT',
        'REJECTED',
      ]),
    );
    for (const item of fixture.innovations) {
      expect(submissions.find((s) => s.innovation.name === item.name)?.innovation.unit.short).toBe(item.unit);
    }
    for (const s of submissions) {
      const verdicts = new Set(s.answers.map((a) => a.verdict));
      expect(
        s.answers.every(
          (a) => /^(1[6-9]|2\d|3[0-5])$/.test(a.code) && a.claimedTier >= 1 && a.claimedTier <= 3,
        ),
      ).toBe(true);
      if (s.state === 'DRAFT' || s.state === 'SUBMITTED') expect([...verdicts]).toEqual(['PENDING']);
      if (['VERIFIED', 'READY_TO_SEND', 'SENT', 'RETURNED', 'REJECTED'].includes(s.state))
        expect(verdicts.has('PENDING')).toBe(false);
      if (s.state === 'IN_REVIEW') expect(verdicts.has('PENDING') && verdicts.size > 1).toBe(true);
      if (s.state === 'RETURNED') expect(verdicts.has('REJECTED')).toBe(true);
      if (s.state === 'REJECTED') expect([...verdicts]).toEqual(['REJECTED']);
      for (const a of s.answers.filter((x) => x.verdict === 'DOWNGRADED' || x.verdict === 'REJECTED')) {
        expect(a.verifierNote?.length ?? 0).toBeGreaterThan(20);
        expect(a.verifiedTier!).toBeLessThan(a.claimedTier);
      }
    }
    expect(submissions.some((s) => s.answers.some((a) => a.verdict === 'DOWNGRADED'))).toBe(true);
  });

  it('stores the scorer results and one distinct, valid generated file per evidence', async () => {
    const submissions = await db.prisma.submission.findMany({
      include: { answers: { include: { evidence: true } } },
    });
    for (const s of submissions) {
      const expected = score(
        s.answers.map((a) => ({ ...a, hasEvidence: a.evidence.length > 0 })),
        'iga-2026',
      );
      expect([s.claimedMaturityX100, s.verifiedMaturityX100]).toEqual([
        expected.claimedX100,
        expected.verifiedX100,
      ]);
    }
    const files = await db.prisma.evidenceFile.findMany();
    expect(files.length).toBeGreaterThan(200);
    expect(new Set(files.map((f) => f.sha256)).size).toBe(files.length);
    for (const file of files) {
      const bytes = store.blobs.get(file.sha256)!;
      expect(bytes.length).toBe(file.size);
      const text = new TextDecoder('latin1').decode(bytes);
      if (file.kind === 'PDF')
        expect([text.startsWith('%PDF-1.4'), text.trimEnd().endsWith('%%EOF')]).toEqual([true, true]);
      else expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('changes and duplicates nothing when run again', async () => {
    const snapshot = async () => ({
      units: await db.prisma.unit.findMany({ orderBy: { id: 'asc' } }),
      users: await db.prisma.user.findMany({ orderBy: { id: 'asc' } }),
      submissions: await db.prisma.submission.findMany({ orderBy: { id: 'asc' } }),
      answers: await db.prisma.indicatorAnswer.count(),
      evidence: await db.prisma.evidenceFile.count(),
      links: await db.prisma.answerEvidence.count(),
      notifications: await db.prisma.notification.count(),
      spd: await db.prisma.spdAnswer.findMany({ orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    const storedBefore = store.calls();
    const again = await seedDemo(db.prisma, { score, spdTier, storeBlob: store.storeBlob });
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(store.calls()).toBe(storedBefore);
    expect(await db.prisma.auditEvent.count({ where: { action: 'seed.demo' } })).toBe(1);
  });

  it('never brings back a demo innovation or account the user renamed or removed (security: issue 10 #1)', async () => {
    await db.prisma.innovation.updateMany({
      where: { name: 'BERDENTING' },
      data: { name: 'BERDENTING (diubah)' },
    });
    await db.prisma.user.delete({ where: { email: 'pimpinan@demo.inovda.id' } });
    await db.prisma.user.update({
      where: { email: 'admin@demo.inovda.id' },
      data: { email: 'bapperida@patikab.go.id' },
    });
    const again = await seedDemo(db.prisma, { score, spdTier, storeBlob: store.storeBlob });
    expect(again).toMatchObject({ skipped: true });
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(await db.prisma.innovation.count({ where: { name: { startsWith: 'BERDENTING' } } })).toBe(1);
    expect(await db.prisma.user.count({ where: { email: 'pimpinan@demo.inovda.id' } })).toBe(0);
    expect(await db.prisma.user.count({ where: { email: 'admin@demo.inovda.id' } })).toBe(0);
  });

  it('does nothing on a database that already holds another region (a real install)', async () => {
    const other = await createTestDb({ backend });
    try {
      await other.prisma.region.create({
        data: { code: '33.17', name: 'Kabupaten Rembang', provinceCode: '33', provinceName: 'Jawa Tengah' },
      });
      const result = await seedDemo(other.prisma, { score, spdTier, storeBlob: store.storeBlob });
      expect(result).toMatchObject({ skipped: true, regionId: null });
      expect(await other.prisma.user.count()).toBe(0);
      expect(await other.prisma.region.count()).toBe(1);
    } finally {
      await other.close();
    }
  });
});
