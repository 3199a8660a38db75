// The audit trail in words: each event names its innovation and indicator, and a person can filter by person,
// innovation, kind of action and days, on the server, never outside the own region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../src/audit.ts';
import { createHarness, type Harness } from './harness.ts';

describe('audit.list in words, with filters a person can use', () => {
  let h: Harness;
  let innovationId: string;
  let otherInnovationId: string;
  let answerId: string;

  beforeAll(async () => {
    h = await createHarness();
    const innovation = await h.prisma.innovation.create({
      data: {
        regionId: h.region.id,
        unitId: h.units.dinasA,
        name: 'Jemput Bola Imunisasi',
        urusan: 'kesehatan',
      },
    });
    innovationId = innovation.id;
    const other = await h.prisma.innovation.create({
      data: { regionId: h.region.id, unitId: h.units.dinasB, name: 'Inovasi Lain', urusan: 'kesehatan' },
    });
    otherInnovationId = other.id;
    const submission = await h.prisma.submission.create({ data: { periodId: h.period.id, innovationId } });
    const answer = await h.prisma.indicatorAnswer.create({
      data: { submissionId: submission.id, code: '16', claimedTier: 3 },
    });
    answerId = answer.id;
    const otherSubmission = await h.prisma.submission.create({
      data: { periodId: h.period.id, innovationId: other.id },
    });
    const actor = (key: 'verifier' | 'operator') => ({ id: h.users[key].id, regionId: h.region.id });
    await h.prisma.$transaction(async (tx) => {
      await writeAudit(tx, {
        actor: actor('operator'),
        action: 'submission.submit',
        entity: 'Submission',
        entityId: submission.id,
        before: { state: 'DRAFT' },
        after: { state: 'SUBMITTED' },
      });
      await writeAudit(tx, {
        actor: actor('verifier'),
        action: 'review.verdict',
        entity: 'IndicatorAnswer',
        entityId: answer.id,
        before: { verdict: 'PENDING' },
        after: { verdict: 'REJECTED', note: 'Bukti tidak terbaca' },
      });
      await writeAudit(tx, {
        actor: actor('verifier'),
        action: 'submission.return_for_revision',
        entity: 'Submission',
        entityId: otherSubmission.id,
      });
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('names the innovation and the indicator instead of a model and an id', async () => {
    const { items } = await h.callerFor('admin').audit.list({ kind: 'review' });
    expect(items).toHaveLength(1);
    expect(items[0]?.subject).toMatchObject({
      innovationId,
      innovationName: 'Jemput Bola Imunisasi',
      indicatorCode: '16',
      year: 2026,
    });
    expect(items[0]?.subject?.indicatorName).toMatch(/\w{4,}/);
    expect(items[0]?.actor).toMatchObject({ name: 'User verifier', role: 'VERIFIER' });
  });

  it('filters by innovation: its submissions and its answers, nothing of another', async () => {
    const { items } = await h.callerFor('admin').audit.list({ innovationId });
    expect(items.map((e) => e.action).sort()).toEqual(['review.verdict', 'submission.submit']);
    expect(items.every((e) => e.subject?.innovationId === innovationId)).toBe(true);
    const other = await h.callerFor('admin').audit.list({ innovationId: otherInnovationId });
    expect(other.items.map((e) => e.entityId)).not.toContain(answerId);
  });

  it('filters by person and by kind of action together', async () => {
    const byVerifier = await h
      .callerFor('admin')
      .audit.list({ actorId: h.users.verifier.id, kind: 'workflow' });
    expect(byVerifier.items.map((e) => e.action)).toEqual(['submission.return_for_revision']);
  });

  it('filters by days: a range that ends before the events finds none', async () => {
    const { items } = await h.callerFor('admin').audit.list({
      innovationId,
      to: new Date('2000-01-01T00:00:00Z'),
    });
    expect(items).toEqual([]);
  });

  it("shows another region's admin nothing of this region's innovation", async () => {
    const { items } = await h.callerFor('otherRegion').audit.list({ innovationId });
    expect(items).toEqual([]);
    const options = await h.callerFor('otherRegion').audit.filterOptions();
    expect(options.innovations.map((i) => i.id)).not.toContain(innovationId);
  });

  it('offers the region people and innovations by name for the filters', async () => {
    const options = await h.callerFor('admin').audit.filterOptions();
    expect(options.innovations.map((i) => i.name)).toEqual(['Inovasi Lain', 'Jemput Bola Imunisasi']);
    expect(options.people.map((p) => p.name)).toContain('User verifier');
  });
});
