// dashboard.summary / dashboard.plan are cached per region and period, versioned by the region's audit log.
// Each test first changes data STRAIGHT in the database (no audit row, so the cache must still serve the old
// summary: proof the cache is used), then runs one audited mutation through the API: the next summary must
// equal a freshly computed one and show the straight change too.
import { nextLocalDayStart } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type UserKey } from '../../test/harness.ts';
import { createSubmission, readyProfile } from '../../test/workflow/fixtures.ts';
import { buildDashboardSummary } from '../services/dashboard/build-summary.ts';
import { loadSummaryData } from '../services/dashboard/summary-data.ts';

describe('dashboard cache', () => {
  let h: Harness;
  let draft: Awaited<ReturnType<typeof createSubmission>>;
  let inReview: Awaited<ReturnType<typeof createSubmission>>;
  let renames = 0;

  beforeAll(async () => {
    h = await createHarness();
    draft = await createSubmission(h, 'DRAFT');
    inReview = await createSubmission(h, 'IN_REVIEW');
  });
  afterAll(() => h.close());

  const summaryAs = (actor: UserKey = 'admin') =>
    h.callerFor(actor).dashboard.summary({ periodId: h.period.id });

  async function freshSummary() {
    const data = await loadSummaryData(h.prisma, h.users.admin, h.period.id);
    return buildDashboardSummary(data.pack, data.info, data.rows, h.clock.now(), data.timeZone);
  }

  /** Renames Dinas B without an audit row; returns the new name. */
  async function renameUnaudited(): Promise<string> {
    renames += 1;
    const name = `Dinas B ganti nama ${renames}`;
    await h.prisma.unit.update({ where: { id: h.units.dinasB }, data: { name } });
    return name;
  }

  const unitNames = (s: Awaited<ReturnType<typeof summaryAs>>) => s.coverage.units.map((u) => u.name);

  async function expectFreshAfter(mutate: () => Promise<unknown>) {
    const before = await summaryAs();
    const name = await renameUnaudited();
    const cached = await summaryAs();
    expect(cached).toEqual(before);
    expect(unitNames(cached)).not.toContain(name);
    await mutate();
    const after = await summaryAs();
    expect(unitNames(after)).toContain(name);
    expect(after).toEqual(await freshSummary());
  }

  it('answer.set makes the next summary fresh', async () => {
    await expectFreshAfter(() =>
      h.callerFor('operator').answer.set({ submissionId: draft.submissionId, code: '19', claimedTier: 1 }),
    );
  });

  it('review.verdict makes the next summary fresh', async () => {
    await expectFreshAfter(() =>
      h
        .callerFor('verifier')
        .review.verdict({ answerId: inReview.answers['16'] ?? '', version: 1, verdict: 'ACCEPTED' }),
    );
  });

  it('spd.set makes the next summary fresh', async () => {
    await expectFreshAfter(() =>
      h.callerFor('admin').spd.set({ periodId: h.period.id, code: '12', tier: 2 }),
    );
  });

  it('innovation.create makes the next summary fresh', async () => {
    await expectFreshAfter(() => h.callerFor('operator').innovation.create(readyProfile(h, 'Inovasi Baru')));
  });

  it('period.update makes the next summary fresh', async () => {
    await expectFreshAfter(async () => {
      const { version } = await h.prisma.period.findUniqueOrThrow({ where: { id: h.period.id } });
      await h.callerFor('admin').period.update({ id: h.period.id, version, name: 'IID 2026 (ubah)' });
    });
  });

  it('a mutation in another region leaves this region cached', async () => {
    const before = await summaryAs();
    const name = await renameUnaudited();
    await h.callerFor('otherRegion').unit.create({
      parentId: null,
      kind: 'OPD',
      name: 'Dinas Lain Baru',
      short: 'LAIN-BARU',
      urusan: [],
    });
    const after = await summaryAs();
    expect(after).toEqual(before);
    expect(unitNames(after)).not.toContain(name);
  });

  it('keeps scope: one summary for every steering role, none for an operator or another region', async () => {
    const admin = await summaryAs('admin');
    await expect(summaryAs('verifier')).resolves.toEqual(admin);
    await expect(summaryAs('viewer')).resolves.toEqual(admin);
    await expect(summaryAs('operator')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(summaryAs('otherUnitOperator')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(summaryAs('otherRegion')).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    await expect(h.callerFor('otherRegion').dashboard.plan({ periodId: h.period.id })).rejects.toMatchObject({
      appCode: 'SCOPE.OUT_OF_SCOPE',
    });
  });

  it('plan: cached per basis until a mutation', async () => {
    const plan = (basis: 'VERIFIED' | 'CLAIMED') =>
      h.callerFor('admin').dashboard.plan({ periodId: h.period.id, basis });
    const verified = await plan('VERIFIED');
    const claimed = await plan('CLAIMED');
    expect(claimed.basis).toBe('CLAIMED');
    await createSubmission(h, 'VERIFIED', 'ACCEPTED');
    await expect(plan('VERIFIED')).resolves.toEqual(verified);
    const { version } = await h.prisma.period.findUniqueOrThrow({ where: { id: h.period.id } });
    await h.callerFor('admin').period.update({ id: h.period.id, version, name: 'IID 2026' });
    const after = await plan('VERIFIED');
    expect(after.candidates).toBe(verified.candidates + 1);
    expect((await plan('CLAIMED')).candidates).toBe(claimed.candidates + 1);
  });

  it('moves days left and the overdue flag with the clock, without a mutation', async () => {
    const DAY = 86_400_000;
    const { version } = await h.prisma.period.findUniqueOrThrow({ where: { id: h.period.id } });
    // Days left are calendar days in the region's zone (WIB): they drop at local midnight (`turn`).
    const start = h.clock.now().getTime();
    const turn = nextLocalDayStart(h.clock.now(), 'Asia/Jakarta');
    const deadline = new Date(turn + 2 * DAY + 12 * 3_600_000);
    await h.callerFor('admin').period.update({ id: h.period.id, version, internalDeadline: deadline });
    const first = await summaryAs();
    expect(first.period.daysLeft).toBe(3);
    expect(await summaryAs()).toBe(first);
    // Up to a day passes: past the sessions' idle limit, so a new sign-in each time (this test runs last).
    const summaryNow = async () =>
      (await h.freshCallerFor('admin')).dashboard.summary({ periodId: h.period.id });
    h.clock.advance(turn - 1 - start);
    expect((await summaryNow()).period.daysLeft).toBe(3);
    h.clock.advance(1);
    const next = await summaryNow();
    expect(next.period.daysLeft).toBe(2);
    expect(next).toEqual(await freshSummary());
    h.clock.advance(2 * DAY + 13 * 3_600_000);
    const overdue = await summaryNow();
    expect(overdue.period.daysLeft).toBe(0);
    expect(overdue.atRisk.deadlinePassed).toBe(true);
    expect(overdue).toEqual(await freshSummary());
  });
});
