// The loop back from the national results on a real database: who may read and record them, region scope, the
// edition's maturity range, optimistic versions, SENT-only, the audit row, closed/archived periods (allowed: an
// annotation, not a change of the assessment) and the comparison numbers the domain computes.
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import { appRouter } from '../../src/routers/index.ts';
import { createHarness, type Harness, type UserKey } from '../harness.ts';
import { createPeriod, createSubmission } from './fixtures.ts';

// One database for the file: every test makes its own period or submissions, so tests do not see each other.
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

const admin = () => h.callerFor('admin').nationalResult;
const auditRows = (action: string, entityId: string) =>
  h.prisma.auditEvent.findMany({ where: { action, entityId }, orderBy: { id: 'asc' } });
const resultCount = (submissionId: string) => h.prisma.nationalResult.count({ where: { submissionId } });

function messagesOf(error: unknown) {
  return getErrorShape({
    config: appRouter._def._config,
    error: error as Parameters<typeof getErrorShape>[0]['error'],
    type: 'mutation',
    path: 'nationalResult.set',
    input: undefined,
    ctx: { lang: 'id', requestId: 'req-national' } as Context,
  }).data as { appCode: string; messages: { id: string; en: string } };
}

describe('nationalResult.list', () => {
  it.each<UserKey>(['admin', 'verifier', 'viewer'])('shows %s only the SENT submissions', async (key) => {
    const periodId = await createPeriod(h);
    const sent = await createSubmission(h, { periodId, claimedX100: 10900, verifiedX100: 8000 });
    await createSubmission(h, { periodId, state: 'VERIFIED' });
    await createSubmission(h, { periodId, state: 'READY_TO_SEND' });
    const list = await h.callerFor(key).nationalResult.list({ periodId });
    expect(list.items.map((i) => [i.submissionId, i.claimedX100, i.verifiedX100, i.nationalX100])).toEqual([
      [sent, 10900, 8000, null],
    ]);
    expect(list.maxMaturityX100).toBe(11100);
  });

  it.each<[UserKey, string]>([
    ['operator', 'AUTH.FORBIDDEN'],
    ['otherRegion', 'SCOPE.OUT_OF_SCOPE'],
  ])('refuses %s (%s)', async (key, appCode) => {
    await expect(h.callerFor(key).nationalResult.list({ periodId: h.period.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      appCode,
    });
  });

  it('compares claimed, verified and national per innovation and for the region', async () => {
    // No SPD, two SENT innovations verified 80.00 and 60.00: SID = 140 / MAX(12, 2) = 11.666..., no count
    // score (1 yandas of 5), IID = 11.666... / 250 x 100 = 4.666... -> 4.67, Kurang Inovatif.
    const periodId = await createPeriod(h);
    const a = await createSubmission(h, { periodId, claimedX100: 10900, verifiedX100: 8000 });
    const b = await createSubmission(h, { periodId, claimedX100: 7000, verifiedX100: 6000 });
    const c = await createSubmission(h, { periodId, claimedX100: 5000, verifiedX100: 5000 });
    await admin().set({ submissionId: a, maturityX100: 5900, version: null });
    await admin().set({ submissionId: b, maturityX100: 6001, version: null });
    await admin().setRegion({ periodId, iidX100: 5800, predicate: 'INOVATIF', version: null });
    const list = await h.callerFor('viewer').nationalResult.list({ periodId });
    const byId = new Map(list.items.map((i) => [i.submissionId, i]));
    expect(byId.get(a)).toMatchObject({
      nationalX100: 5900,
      nationalMinusVerifiedX100: -2100,
      nationalMinusClaimedX100: -5000,
      overEstimated: true,
    });
    expect(byId.get(b)).toMatchObject({ nationalMinusVerifiedX100: 1, overEstimated: false });
    expect(byId.get(c)).toMatchObject({ nationalX100: null, nationalMinusVerifiedX100: null });
    expect(list.summary).toMatchObject({
      itemCount: 3,
      withNationalCount: 2,
      biasX100: -1050, // (-2100 + 1) / 2 = -1049.5 -> -1050 (half away from zero)
      meanAbsDiffX100: 1051, // (2100 + 1) / 2 = 1050.5 -> 1051
      overEstimatedCount: 1,
      toleranceX100: 500,
    });
    expect(list.summary.toleranceRule.source).toEqual(['Pemda']);
    // c (50.00) also counts in the projection: 190 / 12 = 15.8333 -> 6.3333 -> 6.33.
    expect(list.region).toMatchObject({
      projectedIidX100: 633,
      projectedPredicate: 'KURANG_INOVATIF',
      nationalIidX100: 5800,
      nationalPredicate: 'INOVATIF',
      iidDifferenceX100: 5167,
      predicateMatched: false,
    });
  });
});

describe('nationalResult.set', () => {
  it('records the national maturity with an audit row in the same transaction', async () => {
    const id = await createSubmission(h);
    const saved = await admin().set({
      submissionId: id,
      maturityX100: 7250,
      note: 'Hasil IGA 2026',
      version: null,
    });
    expect(saved).toMatchObject({ maturityX100: 7250, note: 'Hasil IGA 2026', version: 1 });
    const [audit] = await auditRows('nationalResult.set', saved.id);
    expect(audit).toMatchObject({
      actorId: h.users.admin.id,
      regionId: h.region.id,
      entity: 'NationalResult',
      entityId: saved.id,
      before: null,
    });
    expect(audit?.after).toMatchObject({ maturityX100: 7250, version: 1 });
  });

  it.each<UserKey>(['verifier', 'viewer', 'operator'])('refuses %s and writes nothing', async (key) => {
    const id = await createSubmission(h);
    await expect(
      h.callerFor(key).nationalResult.set({ submissionId: id, maturityX100: 5000, version: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'AUTH.FORBIDDEN' });
    expect(await resultCount(id)).toBe(0);
  });

  it("refuses another region's ADMIN by scope", async () => {
    const id = await createSubmission(h);
    await expect(
      h.callerFor('otherRegion').nationalResult.set({ submissionId: id, maturityX100: 5000, version: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'SCOPE.OUT_OF_SCOPE' });
  });

  it.each([
    [0, true],
    [11100, true],
    [11101, false],
    [-1, false],
  ])('range-checks %i against the edition maximum 111.00 -> accepted %s', async (value, accepted) => {
    const id = await createSubmission(h);
    const call = admin().set({ submissionId: id, maturityX100: value, version: null });
    if (accepted) await expect(call).resolves.toMatchObject({ maturityX100: value });
    else await expect(call).rejects.toMatchObject({ appCode: 'NATIONAL.MATURITY_OUT_OF_RANGE' });
  });

  it('explains an out-of-range score in Indonesian and English', async () => {
    const id = await createSubmission(h);
    const error = await admin()
      .set({ submissionId: id, maturityX100: 11150, version: null })
      .catch((e: unknown) => e);
    expect(messagesOf(error).messages).toEqual({
      id: 'Nilai kematangan nasional 111.50 di luar rentang 0 s.d. 111.00 untuk edisi iga-2026.',
      en: 'The national maturity 111.50 is outside 0 to 111.00 for edition iga-2026.',
    });
  });

  it.each(['DRAFT', 'VERIFIED', 'READY_TO_SEND'] as const)('refuses a %s submission', async (state) => {
    const id = await createSubmission(h, { state });
    const error = await admin()
      .set({ submissionId: id, maturityX100: 5000, version: null })
      .catch((e: unknown) => e);
    expect(messagesOf(error)).toMatchObject({
      appCode: 'NATIONAL.NOT_SENT',
      messages: {
        id: `Hasil penilaian nasional hanya dapat dicatat untuk inovasi yang sudah terkirim (status sekarang ${state}).`,
      },
    });
  });

  it('refuses a stale version with EDIT.CONFLICT and keeps the newer value', async () => {
    const id = await createSubmission(h);
    await admin().set({ submissionId: id, maturityX100: 5000, version: null });
    await admin().set({ submissionId: id, maturityX100: 5100, version: 1 });
    await expect(admin().set({ submissionId: id, maturityX100: 5200, version: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      appCode: 'EDIT.CONFLICT',
    });
    // A second "first" recording (the client had not seen the row) is a conflict too, not a duplicate.
    await expect(admin().set({ submissionId: id, maturityX100: 5300, version: null })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    const row = await h.prisma.nationalResult.findUniqueOrThrow({ where: { submissionId: id } });
    expect(row).toMatchObject({ maturityX100: 5100, version: 2 });
    expect(await auditRows('nationalResult.set', row.id)).toHaveLength(2);
  });

  it.each(['CLOSED', 'ARCHIVED'] as const)(
    'is allowed in a %s period: the national outcome annotates the archive, it does not change the assessment',
    async (state) => {
      const periodId = await createPeriod(h, state);
      const id = await createSubmission(h, { periodId });
      await expect(
        admin().set({ submissionId: id, maturityX100: 6000, version: null }),
      ).resolves.toMatchObject({
        maturityX100: 6000,
      });
      await expect(
        admin().setRegion({ periodId, iidX100: 6100, predicate: 'INOVATIF', version: null }),
      ).resolves.toMatchObject({ iidX100: 6100 });
      const list = await admin().list({ periodId });
      expect(list.period.state).toBe(state);
      expect(list.items[0]?.nationalX100).toBe(6000);
    },
  );
});

describe('nationalResult.clear', () => {
  it('removes the result with its version, audited; a stale version is refused', async () => {
    const periodId = await createPeriod(h);
    const id = await createSubmission(h, { periodId });
    const saved = await admin().set({ submissionId: id, maturityX100: 5000, version: null });
    await admin().set({ submissionId: id, maturityX100: 5100, version: 1 });
    await expect(admin().clear({ submissionId: id, version: saved.version })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await admin().clear({ submissionId: id, version: 2 });
    expect(await resultCount(id)).toBe(0);
    const [audit] = await auditRows('nationalResult.clear', saved.id);
    expect(audit).toMatchObject({ entityId: saved.id, after: null });
    expect(audit?.before).toMatchObject({ maturityX100: 5100, version: 2 });
    const list = await admin().list({ periodId });
    expect(list.items[0]?.national).toBeNull();
  });
});

describe('nationalResult.setRegion', () => {
  it('records and corrects the national IID and predicate, versioned and audited', async () => {
    const periodId = await createPeriod(h);
    const first = await admin().setRegion({
      periodId,
      iidX100: 5800,
      predicate: 'INOVATIF',
      sourceNote: 'Pengumuman IGA 2026',
      version: null,
    });
    expect(first).toMatchObject({ iidX100: 5800, predicate: 'INOVATIF', version: 1 });
    const second = await admin().setRegion({
      periodId,
      iidX100: 6502,
      predicate: 'SANGAT_INOVATIF',
      version: 1,
    });
    expect(second).toMatchObject({ version: 2, sourceNote: null });
    await expect(
      admin().setRegion({ periodId, iidX100: 6000, predicate: 'INOVATIF', version: 1 }),
    ).rejects.toMatchObject({ appCode: 'EDIT.CONFLICT' });
    expect(await auditRows('nationalResult.setRegion', first.id)).toHaveLength(2);
  });

  it('refuses an IID above 100 and an unknown predicate', async () => {
    await expect(
      admin().setRegion({ periodId: h.period.id, iidX100: 10001, predicate: 'INOVATIF', version: null }),
    ).rejects.toMatchObject({ appCode: 'NATIONAL.IID_OUT_OF_RANGE' });
    await expect(
      admin().setRegion({
        periodId: h.period.id,
        iidX100: 5000,
        predicate: 'JUARA' as 'INOVATIF',
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it.each<[UserKey, string]>([
    ['verifier', 'AUTH.FORBIDDEN'],
    ['viewer', 'AUTH.FORBIDDEN'],
    ['otherRegion', 'SCOPE.OUT_OF_SCOPE'],
  ])('refuses %s', async (key, appCode) => {
    await expect(
      h.callerFor(key).nationalResult.setRegion({
        periodId: h.period.id,
        iidX100: 5000,
        predicate: 'INOVATIF',
        version: null,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode });
  });
});
