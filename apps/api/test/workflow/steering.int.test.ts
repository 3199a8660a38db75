// ADMIN steering procedures: SPD rows (tier or raw figures -> tier by the domain, stale edit), custom
// editions (validated by the domain's pack schema), the planner with what-if, and the send decision.
import { getEdition, scoreRegion, scoreSubmission } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from './fixtures.ts';

const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');

describe('steering: spd, editions, plan, send decision', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sets SPD rows by tier or by raw figures, and refuses a stale edit', async () => {
    const admin = h.callerFor('admin');
    const first = await admin.spd.set({ periodId: h.period.id, code: '1', tier: 3 });
    expect(first).toMatchObject({ tier: 3, version: 1 });
    // Row 5b: TPT level, lower is better; 2.00 % is at or below the tier-3 cut.
    const level = await admin.spd.set({ periodId: h.period.id, code: '5b', raw: { value: '2,00' } });
    expect(level.tier).toBe(3);
    await expect(admin.spd.set({ periodId: h.period.id, code: '1', tier: 1 })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await expect(
      admin.spd.set({ periodId: h.period.id, code: '1', tier: 1, version: 1 }),
    ).resolves.toMatchObject({ tier: 1, version: 2 });
    await expect(
      admin.spd.set({ periodId: h.period.id, code: '1', raw: { value: '5' }, version: 2 }),
    ).rejects.toMatchObject({ appCode: 'SPD.NOT_NUMERIC' });
    await expect(admin.spd.set({ periodId: h.period.id, code: '99', tier: 1 })).rejects.toMatchObject({
      appCode: 'SPD.UNKNOWN_ROW',
    });
    const list = await h.callerFor('viewer').spd.list({ periodId: h.period.id });
    const expected = 1 * 100 + 3 * 75; // row 1 (weight 1) tier 1 + row 5b (weight 0.75) tier 3
    expect(list.spdX100).toBe(expected);
    expect(list.rows.find((r) => r.code === '5b')).toMatchObject({ numeric: true, answer: { tier: 3 } });
  });

  it('creates a custom edition only when the domain validates it', async () => {
    const admin = h.callerFor('admin');
    const base = await admin.edition.byCode({ code: 'iga-2026' });
    const broken = { ...base, sid: base.sid.map((row, i) => (i === 0 ? { ...row, weightX100: -1 } : row)) };
    await expect(
      admin.edition.createCustom({
        baseCode: 'iga-2026',
        code: 'pati-2027',
        name: 'Pati 2027',
        pack: broken,
      }),
    ).rejects.toMatchObject({
      appCode: 'EDITION.INVALID',
    });
    const created = await admin.edition.createCustom({
      baseCode: 'iga-2026',
      code: 'pati-2027',
      name: 'Pati 2027',
    });
    expect(created).toMatchObject({ code: 'pati-2027', baseCode: 'iga-2026' });
    await expect(admin.edition.byCode({ code: 'pati-2027' })).resolves.toMatchObject({
      code: 'pati-2027',
      basedOn: 'iga-2026',
    });
    await expect(
      admin.edition.createCustom({ baseCode: 'iga-2026', code: 'iga-2024', name: 'Salinan' }),
    ).rejects.toMatchObject({ appCode: 'EDITION.CODE_TAKEN' });
    // Another region does not see this region's custom edition.
    await expect(h.callerFor('otherRegion').edition.byCode({ code: 'pati-2027' })).rejects.toMatchObject({
      appCode: 'EDITION.UNKNOWN',
    });
    expect((await h.callerFor('viewer').edition.list()).custom.map((e) => e.code)).toEqual(['pati-2027']);
  });

  it('plans the best set and scores a what-if set exactly as the domain does', async () => {
    const a = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
    const b = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
    const plan = await h
      .callerFor('admin')
      .dashboard.plan({ periodId: h.period.id, exclude: [b.innovationId] });
    expect(plan.candidates).toBe(2);
    expect([...plan.sendIds, ...plan.excludedIds].sort()).toEqual([a.innovationId, b.innovationId].sort());
    expect(plan.whatIf.innovationIds).toEqual([a.innovationId]);
    const answers = ['16', '17', '32', '33', '35'].map((code) => ({
      code,
      claimedTier: 2,
      verdict: 'ACCEPTED' as const,
      verifiedTier: null,
      hasEvidence: true,
    }));
    const maturityX100 = scoreSubmission(pack, answers).verifiedX100;
    const spd = Object.fromEntries((await h.prisma.spdAnswer.findMany()).map((r) => [r.code, r.tier]));
    const expected = scoreRegion(pack, {
      spd,
      innovations: [{ id: a.innovationId, urusan: 'kesehatan', maturityX100 }],
    });
    expect(plan.whatIf.projection).toMatchObject({
      iid: expected.iid,
      iidX100: expected.iidX100,
      predicate: expected.predicate,
    });
    expect(plan.nextActions.length).toBeGreaterThan(0);
  });

  it('freezes a verified submission at READY_TO_SEND; once SENT its send decision is fixed', async () => {
    const admin = h.callerFor('admin');
    const { submissionId } = await createSubmission(h, 'VERIFIED', 'ACCEPTED');
    const excluded = await admin.submission.setIncludeInSend({
      submissionId,
      version: 1,
      includeInSend: false,
    });
    expect(excluded).toMatchObject({ includeInSend: false, version: 2 });
    const ready = await admin.submission.markReady({ submissionId, version: 2 });
    expect(ready.state).toBe('READY_TO_SEND');
    // Sending is a package act (package.markSent, test/package-snapshot.int.test.ts); here the row is moved.
    const sent = await h.prisma.submission.update({
      where: { id: submissionId },
      data: { state: 'SENT', sentAt: new Date(), version: { increment: 1 } },
    });
    await expect(
      admin.submission.setIncludeInSend({ submissionId, version: sent.version, includeInSend: true }),
    ).rejects.toMatchObject({
      appCode: 'SUBMISSION.ALREADY_SENT',
    });
    // A submission whose mandatory indicators did not survive verification cannot be frozen.
    const rejected = await createSubmission(h, 'VERIFIED', 'PENDING');
    await expect(
      admin.submission.markReady({ submissionId: rejected.submissionId, version: 1 }),
    ).rejects.toMatchObject({
      appCode: 'SUBMISSION.NOT_READY',
    });
  });
});
