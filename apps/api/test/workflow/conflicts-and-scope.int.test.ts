// Stale edits get EDIT.CONFLICT (never a silent overwrite), and scope holds in lists and details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission, readyProfile } from './fixtures.ts';

describe('stale edits and scope', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a stale profile edit and keeps the newer one', async () => {
    const operator = h.callerFor('operator');
    const { id } = await operator.innovation.create(readyProfile(h, 'Inovasi Konflik'));
    const first = await operator.innovation.update({ id, version: 1, profile: { tujuan: 'Versi pertama.' } });
    expect(first.version).toBe(2);
    // A second tab still holds version 1.
    await expect(
      h.callerFor('admin').innovation.update({ id, version: 1, profile: { tujuan: 'Versi basi.' } }),
    ).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
      code: 'CONFLICT',
    });
    const detail = await operator.innovation.byId({ id });
    expect(detail.profile.tujuan).toBe('Versi pertama.');
    expect(detail.profile.rancangBangun?.dasarHukum).toContain('hukum0');
  });

  it('refuses a stale or blind answer edit', async () => {
    const operator = h.callerFor('operator');
    const { submissionId } = await createSubmission(h, 'DRAFT');
    await expect(operator.answer.set({ submissionId, code: '16', claimedTier: 3 })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await expect(
      operator.answer.set({ submissionId, code: '16', claimedTier: 3, version: 7 }),
    ).rejects.toMatchObject({ appCode: 'EDIT.CONFLICT' });
    await expect(
      operator.answer.set({ submissionId, code: '16', claimedTier: 3, version: 1 }),
    ).resolves.toMatchObject({ answer: { claimedTier: 3, version: 2 } });
    await expect(operator.innovation.submit({ submissionId, version: 9 })).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
  });

  it('lists only what is in scope and filters by state and search', async () => {
    await createSubmission(h, 'SUBMITTED');
    const mine = await h.callerFor('operator').innovation.list({ periodId: h.period.id });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.unit.id === h.units.dinasA)).toBe(true);
    expect((await h.callerFor('otherUnitOperator').innovation.list({ periodId: h.period.id })).total).toBe(0);
    expect((await h.callerFor('otherRegion').innovation.list({})).total).toBe(0);
    const submitted = await h
      .callerFor('verifier')
      .innovation.list({ periodId: h.period.id, state: 'SUBMITTED' });
    expect(submitted.items.every((i) => i.submission?.state === 'SUBMITTED')).toBe(true);
    const found = await h.callerFor('viewer').innovation.list({ search: 'konflik', pageSize: 5 });
    expect(found.items.map((i) => i.name)).toEqual(['Inovasi Konflik']);
    await expect(
      h.callerFor('otherUnitOperator').innovation.list({ unitId: h.units.dinasA }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps another unit and another region out of details and writes', async () => {
    const { innovationId, submissionId } = await createSubmission(h, 'DRAFT');
    for (const actor of ['otherUnitOperator', 'otherRegion'] as const) {
      await expect(h.callerFor(actor).innovation.byId({ id: innovationId })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        h.callerFor(actor).answer.set({ submissionId, code: '19', claimedTier: 1 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // The operator of the parent OPD reaches its UPTD's innovations.
    const { id } = await h
      .callerFor('admin')
      .innovation.create({ ...readyProfile(h, 'Inovasi UPTD'), unitId: h.units.uptdA });
    await expect(h.callerFor('operator').innovation.byId({ id })).resolves.toMatchObject({
      name: 'Inovasi UPTD',
    });
    await expect(
      h.callerFor('verifier').answer.set({ submissionId, code: '19', claimedTier: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
