// The send decision of a period (issue 9 point 1) on the real test database: candidates, marking several ready
// with a result per innovation, the best set previewed (IID before and after, the changes) and applied in one
// transaction, audited; a frozen package is not changed without confirmation; other roles are refused.
import { getEdition, planBestSet } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError, renderMessage } from '../../src/errors.ts';
import { loadPortfolio } from '../../src/services/dashboard/build-plan.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createReadyPeriod } from '../package-fixtures.ts';
import { createSubmission } from './fixtures.ts';

const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');

let year = 4000;

describe('send decision: mark ready in bulk, best set, frozen package', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const admin = () => h.callerFor('admin');

  /** A period of its own with submissions of Dinas A in the given states (verdicts as given). */
  async function periodWith(specs: readonly ['VERIFIED' | 'READY_TO_SEND', 'ACCEPTED' | 'PENDING'][]) {
    year += 1;
    const period = await h.prisma.period.create({
      data: { regionId: h.region.id, year, name: `IID ${year}`, editionCode: 'iga-2026', state: 'OPEN' },
    });
    const ids: string[] = [];
    for (const [state, verdict] of specs) {
      const { submissionId, innovationId } = await createSubmission(h, state, verdict);
      await h.prisma.submission.update({ where: { id: submissionId }, data: { periodId: period.id } });
      // Inside this year's eligibility window, as the fixture's dates are for 2026.
      await h.prisma.innovation.update({
        where: { id: innovationId },
        data: {
          waktuUjiCoba: new Date(`${year - 2}-06-01T00:00:00Z`),
          waktuPenerapan: new Date(`${year - 1}-02-01T00:00:00Z`),
        },
      });
      ids.push(submissionId);
    }
    return { periodId: period.id, ids };
  }
  const stateOf = (ids: readonly string[]) =>
    h.prisma.submission.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, state: true, includeInSend: true, version: true },
      orderBy: { id: 'asc' },
    });
  const audits = (action: string) => h.prisma.auditEvent.count({ where: { action } });

  it('marks several ready: each ready one moves (chosen to send), the one not ready is named with the reason', async () => {
    const { periodId, ids } = await periodWith([
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'PENDING'],
    ]);
    const [a, b, notReady] = ids as [string, string, string];
    // One was excluded from sending earlier: marking it ready chooses it again.
    await h.prisma.submission.update({ where: { id: b }, data: { includeInSend: false } });
    const markAudits = await audits('submission.mark_ready');
    const result = await admin().submission.setReadyMany({
      periodId,
      move: 'MARK_READY',
      items: [a, b, notReady].map((submissionId) => ({ submissionId, version: 1 })),
    });
    expect(result.moved).toBe(2);
    expect(result.results.map((r) => r.ok)).toEqual([true, true, false]);
    const refused = result.results[2];
    expect(refused).toMatchObject({ ok: false, appCode: 'SEND.NOT_READY' });
    expect(refused && !refused.ok && refused.message).toMatch(/belum siap dikirim/);
    expect(await audits('submission.mark_ready')).toBe(markAudits + 2);
    const rows = new Map((await stateOf(ids)).map((row) => [row.id, row]));
    expect(rows.get(a)).toMatchObject({ state: 'READY_TO_SEND', includeInSend: true });
    expect(rows.get(b)).toMatchObject({ state: 'READY_TO_SEND', includeInSend: true });
    expect(rows.get(notReady)).toMatchObject({ state: 'VERIFIED', version: 1 });

    const candidates = await admin().submission.sendCandidates({ periodId });
    expect(
      candidates.items
        .filter((c) => c.inPackage)
        .map((c) => c.submissionId)
        .sort(),
    ).toEqual([a, b].sort());
    expect(candidates.frozen).toBeNull();

    // A stale version is reported for that innovation only; the other moves back to verified.
    const back = await admin().submission.setReadyMany({
      periodId,
      move: 'UNMARK_READY',
      items: [
        { submissionId: a, version: 1 },
        { submissionId: b, version: rows.get(b)?.version ?? 0 },
      ],
    });
    expect(back.results).toMatchObject([
      { submissionId: a, ok: false, appCode: 'EDIT.CONFLICT' },
      { submissionId: b, ok: true, state: 'VERIFIED' },
    ]);
  });

  it('refuses every role but the ADMIN of the region, on each procedure', async () => {
    const { periodId, ids } = await periodWith([['VERIFIED', 'ACCEPTED']]);
    const items = [{ submissionId: ids[0] ?? '', version: 1 }];
    for (const who of ['verifier', 'operator', 'viewer', 'otherRegion'] as const) {
      const caller = h.callerFor(who);
      await expect(caller.submission.sendCandidates({ periodId })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(caller.submission.bestSetPreview({ periodId })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        caller.submission.setReadyMany({ periodId, move: 'MARK_READY', items }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.submission.applyBestSet({ periodId, token: 'x' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await stateOf(ids)).toMatchObject([{ state: 'VERIFIED', version: 1 }]);
  });

  it('previews the best set (IID before and after, the changes) and applies it, persisted and audited', async () => {
    const { periodId, ids } = await periodWith([
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'PENDING'],
    ]);
    const preview = await admin().submission.bestSetPreview({ periodId });
    const plan = planBestSet(pack, await loadPortfolio(h.prisma, pack, periodId, 'VERIFIED'));
    // Nothing is in the package yet; the one whose mandatory indicators did not survive is named, not added.
    expect(preview.before.innovationCount).toBe(0);
    expect(preview.blocked.map((b) => b.submissionId)).toEqual([ids[3]]);
    expect(preview.blocked[0]?.reason).toMatch(/belum siap dikirim/);
    expect(preview.changes.every((c) => c.kind === 'ADD' && c.move === 'MARK_READY')).toBe(true);
    expect(preview.changes.map((c) => c.submissionId).sort()).toEqual(ids.slice(0, 3).sort());
    expect(preview.after.innovationCount).toBe(3);
    expect(preview.after.iidX100).toBeGreaterThan(preview.before.iidX100);
    expect(plan.sendIds).toHaveLength(4);

    const applyAudits = await audits('submission.apply-best-set');
    const applied = await admin().submission.applyBestSet({ periodId, token: preview.token });
    expect(applied).toMatchObject({ applied: 3, after: preview.after });
    expect(await audits('submission.apply-best-set')).toBe(applyAudits + 1);
    const event = await h.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'submission.apply-best-set', entityId: periodId },
    });
    const after = event.after as { added: string[]; removed: string[] };
    expect([...after.added].sort()).toEqual(ids.slice(0, 3).sort());
    expect(after.removed).toEqual([]);
    const rows = await stateOf(ids.slice(0, 3));
    expect(rows.every((r) => r.state === 'READY_TO_SEND' && r.includeInSend)).toBe(true);

    // Applied means persisted: a new preview starts from the applied set and has nothing left to change.
    const again = await admin().submission.bestSetPreview({ periodId });
    expect(again.changes).toEqual([]);
    expect(again.before).toEqual(preview.after);
    // The package export now holds exactly that set.
    const exported = await admin().export.preview({ periodId });
    expect(exported.innovations.map((i) => i.submissionId).sort()).toEqual(ids.slice(0, 3).sort());
    expect(exported.verified.iidX100).toBe(preview.after.iidX100);
  });

  it('refuses a confirmation made on an outdated preview, changing nothing', async () => {
    const { periodId, ids } = await periodWith([
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
    ]);
    const preview = await admin().submission.bestSetPreview({ periodId });
    await h.prisma.submission.update({ where: { id: ids[1] }, data: { version: { increment: 1 } } });
    await expect(admin().submission.applyBestSet({ periodId, token: preview.token })).rejects.toMatchObject({
      appCode: 'SEND.PLAN_CHANGED',
      code: 'CONFLICT',
    });
    expect((await stateOf(ids)).map((r) => r.state)).toEqual(['VERIFIED', 'VERIFIED']);
  });

  it('writes nothing when the database fails in the middle of applying the best set', async () => {
    const { periodId, ids } = await periodWith([
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
      ['VERIFIED', 'ACCEPTED'],
    ]);
    const preview = await admin().submission.bestSetPreview({ periodId });
    expect(preview.changes).toHaveLength(3);
    // The last change of the plan is refused by the database, after the first ones were written.
    const last = preview.changes[2]?.submissionId ?? '';
    const before = {
      mark: await audits('submission.mark_ready'),
      apply: await audits('submission.apply-best-set'),
    };
    await h.prisma
      .$executeRawUnsafe(`CREATE FUNCTION "test_refuse_move"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'test: move refused'; END; $$`);
    await h.prisma.$executeRawUnsafe(`CREATE TRIGGER "test_refuse_move" BEFORE UPDATE ON "Submission"
      FOR EACH ROW WHEN (OLD."id" = '${last}') EXECUTE FUNCTION "test_refuse_move"()`);
    try {
      await expect(admin().submission.applyBestSet({ periodId, token: preview.token })).rejects.toMatchObject(
        { appCode: 'INTERNAL' },
      );
    } finally {
      await h.prisma.$executeRawUnsafe('DROP TRIGGER "test_refuse_move" ON "Submission"');
      await h.prisma.$executeRawUnsafe('DROP FUNCTION "test_refuse_move"()');
    }
    const rows = await stateOf(ids);
    expect(rows.map((r) => [r.state, r.version])).toEqual(ids.map(() => ['VERIFIED', 1]));
    expect(await audits('submission.mark_ready')).toBe(before.mark);
    expect(await audits('submission.apply-best-set')).toBe(before.apply);
  });

  it('does not change a frozen package without confirmation; confirmed, the package turns stale', async () => {
    const { periodId, submissionId } = await createReadyPeriod(h);
    const frozen = await admin().package.freeze({ periodId, submissionIds: [submissionId] });
    const version = (await stateOf([submissionId]))[0]?.version ?? 0;
    const unmark = { periodId, move: 'UNMARK_READY' as const, items: [{ submissionId, version }] };
    await expect(admin().submission.setReadyMany(unmark)).rejects.toMatchObject({
      appCode: 'SEND.PACKAGE_FROZEN',
      code: 'CONFLICT',
    });
    // The message a person reads, in Indonesian (the HTTP error formatter picks the request's language).
    const refusal: unknown = await admin()
      .submission.setReadyMany(unmark)
      .catch((error: unknown) => error);
    expect(isAppError(refusal) && renderMessage(refusal.appCode, 'id', refusal.params)).toMatch(
      new RegExp(`^Paket #${frozen.sequence} sudah dibekukan dan belum ditandai terkirim`),
    );
    await expect(
      h.callerFor('admin', { acceptLanguage: 'en' }).submission.setReadyMany(unmark),
    ).rejects.toThrow(new RegExp(`Package #${frozen.sequence} is frozen`));
    const candidates = await admin().submission.sendCandidates({ periodId });
    expect(candidates.frozen).toMatchObject({ sequence: frozen.sequence });
    const preview = await admin().submission.bestSetPreview({ periodId });
    expect(preview.frozen).toMatchObject({ sequence: frozen.sequence });
    await expect(admin().submission.applyBestSet({ periodId, token: preview.token })).rejects.toMatchObject({
      appCode: 'SEND.PACKAGE_FROZEN',
    });
    expect((await stateOf([submissionId]))[0]).toMatchObject({ state: 'READY_TO_SEND', version });

    const moved = await admin().submission.setReadyMany({ ...unmark, acknowledgeFrozen: true });
    expect(moved.results[0]).toMatchObject({ ok: true, state: 'VERIFIED' });
    const list = await admin().package.list({ periodId });
    expect(list[0]).toMatchObject({ id: frozen.id, status: 'STALE' });
    expect((await admin().submission.sendCandidates({ periodId })).frozen).toBeNull();
  });

  it('refuses the send decision of a closed period', async () => {
    const { periodId, ids } = await periodWith([['VERIFIED', 'ACCEPTED']]);
    await h.prisma.period.update({ where: { id: periodId }, data: { state: 'CLOSED' } });
    await expect(
      admin().submission.setReadyMany({
        periodId,
        move: 'MARK_READY',
        items: [{ submissionId: ids[0] ?? '', version: 1 }],
      }),
    ).rejects.toMatchObject({ appCode: 'PERIOD.ARCHIVED' });
    await expect(admin().submission.bestSetPreview({ periodId })).rejects.toMatchObject({
      appCode: 'PERIOD.ARCHIVED',
    });
  });
});
