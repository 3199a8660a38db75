// Year-to-year carry-over on the real test database: the rule's verdicts, carrying (one transaction, claims
// copied with verdicts reset, the same evidence files linked again), twice refused, ineligible refused with
// its reason, the development note before submitting, and scope (other region, other unit, wrong role).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createPastSubmission, ensurePeriod, MANDATORY_AT_TIER_2_X100 } from './fixtures.ts';

describe('carryOver', () => {
  let h: Harness;
  let source: { id: string };
  let target: { id: string };
  const carry = (actor: Parameters<Harness['callerFor']>[0], innovationIds: string[]) =>
    h.callerFor(actor).carryOver.carry({
      sourcePeriodId: source.id,
      targetPeriodId: target.id,
      selection: { kind: 'INNOVATIONS', innovationIds },
    });

  beforeAll(async () => {
    h = await createHarness();
    // 2025 is the past (closed) year; the harness's 2026 period is OPEN.
    source = await ensurePeriod(h, 2025, 'CLOSED');
    target = { id: h.period.id };
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the candidates with the rule verdict, reason and confidence', async () => {
    const recent = await createPastSubmission(h, {
      name: 'Antar Obat',
      periodId: source.id,
      penerapan: '2025-02-01',
    });
    const old = await createPastSubmission(h, {
      name: 'Posyandu Lama',
      periodId: source.id,
      penerapan: '2022-05-01',
    });
    const future = await createPastSubmission(h, {
      name: 'Rencana 2026',
      periodId: source.id,
      penerapan: '2026-03-01',
    });
    const list = await h
      .callerFor('admin')
      .carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: target.id });
    expect(list.window).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    const byId = new Map(list.items.map((item) => [item.innovationId, item]));
    expect(byId.get(recent.innovationId)?.decision).toMatchObject({
      verdict: 'ELIGIBLE',
      code: 'CARRY.IN_WINDOW',
      developmentNoteRequired: false,
      confidence: 'SECONDARY',
    });
    expect(byId.get(old.innovationId)?.decision).toMatchObject({
      verdict: 'DEVELOPMENT_REQUIRED',
      code: 'CARRY.DEVELOPMENT_REQUIRED',
      params: { penerapan: '2022-05-01', from: '2024-01-01', to: '2025-12-31' },
      developmentNoteRequired: true,
      developmentDateRequired: true,
    });
    expect(byId.get(future.innovationId)?.decision).toMatchObject({
      verdict: 'INELIGIBLE',
      code: 'CARRY.PENERAPAN_AFTER_WINDOW',
    });
    expect(
      list.counts.eligible +
        list.counts.developmentRequired +
        list.counts.ineligible +
        list.counts.alreadyThere,
    ).toBe(list.items.length);
  });

  it('carries into a DRAFT with the claims copied, verdicts pending and the same files linked again', async () => {
    const past = await createPastSubmission(h, { name: 'Layanan Jemput Bola', periodId: source.id });
    const evidenceBefore = await h.prisma.evidenceFile.count();
    const result = await carry('admin', [past.innovationId]);
    expect(result.skipped).toEqual([]);
    expect(result.carried).toHaveLength(1);
    const [carried] = result.carried;
    expect(carried).toMatchObject({ verdict: 'ELIGIBLE', answers: 5, evidenceLinks: 5, notes: [] });

    const submission = await h.prisma.submission.findUniqueOrThrow({
      where: { id: carried!.submissionId },
      include: { answers: { include: { evidence: true }, orderBy: { code: 'asc' } } },
    });
    expect(submission).toMatchObject({
      periodId: target.id,
      innovationId: past.innovationId,
      state: 'DRAFT',
      carriedFromId: past.submissionId,
      developmentNote: null,
      claimedMaturityX100: MANDATORY_AT_TIER_2_X100,
      // Nothing is verified yet in the new year.
      verifiedMaturityX100: 0,
    });
    expect(
      submission.answers.map((a) => [a.code, a.claimedTier, a.verdict, a.verifiedTier, a.verifierNote]),
    ).toEqual([
      ['16', 2, 'PENDING', null, null],
      ['17', 2, 'PENDING', null, null],
      ['32', 2, 'PENDING', null, null],
      ['33', 2, 'PENDING', null, null],
      ['35', 2, 'PENDING', null, null],
    ]);
    expect(submission.answers.find((a) => a.code === '33')?.basis).toBe('a');
    // Content-addressed files are reused: the same rows, none copied.
    expect(
      Object.fromEntries(submission.answers.map((a) => [a.code, a.evidence.map((e) => e.evidenceId)])),
    ).toEqual(Object.fromEntries(Object.entries(past.evidence).map(([code, id]) => [code, [id]])));
    expect(await h.prisma.evidenceFile.count()).toBe(evidenceBefore);

    // The source stays as it was, with its profile kept for the archive; both writes are audited.
    const sourceRow = await h.prisma.submission.findUniqueOrThrow({ where: { id: past.submissionId } });
    expect(sourceRow.state).toBe('SENT');
    expect(sourceRow.profileSnapshot).toMatchObject({
      name: 'Layanan Jemput Bola',
      waktuPenerapan: '2025-02-01',
    });
    const audit = await h.prisma.auditEvent.findMany({
      where: { entityId: { in: [carried!.submissionId, past.submissionId] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([
      ['carry-over.archive-profile', past.submissionId, h.users.admin.id],
      ['carry-over.carry', carried!.submissionId, h.users.admin.id],
    ]);
    expect(audit[1]?.after).toMatchObject({
      from: { submissionId: past.submissionId, year: 2025 },
      to: { periodId: target.id, year: 2026 },
      code: 'CARRY.IN_WINDOW',
      confidence: 'SECONDARY',
    });
  });

  it('refuses to carry the same innovation into one period twice, with a clear message', async () => {
    const past = await createPastSubmission(h, { name: 'Sekali Saja', periodId: source.id });
    await carry('admin', [past.innovationId]);
    const error = await carry('admin', [past.innovationId]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', appCode: 'CARRY.ALREADY_IN_PERIOD' });
    expect((error as Error).message).toBe(
      '"Sekali Saja" is already in the 2026 period; an innovation cannot be carried into the same period twice.',
    );
    expect(await h.prisma.submission.count({ where: { innovationId: past.innovationId } })).toBe(2);
    const list = await h
      .callerFor('admin')
      .carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: target.id });
    const item = list.items.find((i) => i.innovationId === past.innovationId);
    expect(item?.decision.code).toBe('CARRY.ALREADY_IN_PERIOD');
    expect(item?.targetSubmissionId).not.toBeNull();
  });

  it('refuses an ineligible innovation with the reason and writes nothing of the request', async () => {
    const fine = await createPastSubmission(h, { name: 'Layak Dibawa', periodId: source.id });
    const future = await createPastSubmission(h, {
      name: 'Belum Diterapkan',
      periodId: source.id,
      penerapan: '2026-04-01',
    });
    const auditBefore = await h.prisma.auditEvent.count();
    const error = await carry('admin', [fine.innovationId, future.innovationId]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'CARRY.PENERAPAN_AFTER_WINDOW',
      params: { name: 'Belum Diterapkan', date: '2026-04-01', from: '2024-01-01', to: '2025-12-31' },
    });
    expect(
      await h.prisma.submission.count({ where: { periodId: target.id, innovationId: fine.innovationId } }),
    ).toBe(0);
    expect(await h.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it('needs the development note (and a development date) before an older innovation can be submitted', async () => {
    const old = await createPastSubmission(h, {
      name: 'Inovasi 2022',
      periodId: source.id,
      penerapan: '2022-05-01',
    });
    const [carried] = (await carry('operator', [old.innovationId])).carried;
    expect(carried).toMatchObject({ verdict: 'DEVELOPMENT_REQUIRED', developmentNoteRequired: true });
    const operator = h.callerFor('operator');
    let detail = await operator.innovation.byId({ id: old.innovationId, periodId: target.id });
    expect(detail).toMatchObject({ archived: false, developmentNoteRequired: true });
    expect(detail.submission?.carriedFrom?.period.year).toBe(2025);
    const blocking = detail.readiness?.issues.filter((i) => i.severity === 'ERROR').map((i) => i.code);
    expect(blocking).toEqual(['PROFILE.DEVELOPMENT_DATE_REQUIRED', 'CARRY.DEVELOPMENT_NOTE_REQUIRED']);

    // The development date first: still not ready without the note.
    await operator.innovation.update({
      id: old.innovationId,
      version: detail.version,
      profile: { waktuPengembangan: '2025-08-01' },
    });
    const submissionId = carried!.submissionId;
    const refused = await operator.innovation.submit({ submissionId, version: 1 }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      appCode: 'SUBMISSION.NOT_READY',
      params: { codes: 'CARRY.DEVELOPMENT_NOTE_REQUIRED' },
    });

    // A blank note does not count.
    const blank = await operator.carryOver.setDevelopmentNote({ submissionId, version: 1, note: '   ' });
    expect(blank.developmentNote).toBeNull();
    await expect(operator.innovation.submit({ submissionId, version: blank.version })).rejects.toMatchObject({
      appCode: 'SUBMISSION.NOT_READY',
    });
    const noted = await operator.carryOver.setDevelopmentNote({
      submissionId,
      version: blank.version,
      note: 'Layanan diperluas dari 3 ke 21 puskesmas dan kini tersedia daring.',
    });
    expect(noted.version).toBe(blank.version + 1);
    await expect(
      operator.carryOver.setDevelopmentNote({ submissionId, version: 1, note: 'basi' }),
    ).rejects.toMatchObject({
      appCode: 'EDIT.CONFLICT',
    });
    await expect(operator.innovation.submit({ submissionId, version: noted.version })).resolves.toMatchObject(
      {
        state: 'SUBMITTED',
      },
    );
    // Submitted: the note is locked with the rest of the submission.
    await expect(
      operator.carryOver.setDevelopmentNote({ submissionId, version: noted.version + 1, note: 'Lain.' }),
    ).rejects.toMatchObject({ appCode: 'ANSWER.LOCKED' });
    detail = await operator.innovation.byId({ id: old.innovationId, periodId: target.id });
    expect(detail.submission?.developmentNote).toContain('21 puskesmas');
    const audit = await h.prisma.auditEvent.findMany({
      where: { entityId: submissionId, action: 'carry-over.development-note' },
    });
    expect(audit).toHaveLength(2);
  });

  it('carries all eligible innovations of a unit, skipping the refused ones with their reasons', async () => {
    const fine = await createPastSubmission(h, {
      name: 'Puskesmas Ramah',
      periodId: source.id,
      unitId: h.units.uptdA,
    });
    const future = await createPastSubmission(h, {
      name: 'Puskesmas Nanti',
      periodId: source.id,
      unitId: h.units.uptdA,
      penerapan: '2027-01-01',
    });
    const result = await h.callerFor('admin').carryOver.carry({
      sourcePeriodId: source.id,
      targetPeriodId: target.id,
      selection: { kind: 'UNIT', unitId: h.units.uptdA },
    });
    expect(result.carried.map((c) => c.innovationId)).toEqual([fine.innovationId]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ innovationId: future.innovationId, code: 'CARRY.PENERAPAN_AFTER_WINDOW' }),
    ]);
  });

  it('carries the whole region for the ADMIN, leaving what is already there', async () => {
    const result = await h.callerFor('admin').carryOver.carry({
      sourcePeriodId: source.id,
      targetPeriodId: target.id,
      selection: { kind: 'REGION' },
    });
    expect(result.skipped.some((s) => s.code === 'CARRY.ALREADY_IN_PERIOD')).toBe(true);
    const remaining = await h
      .callerFor('admin')
      .carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: target.id });
    expect(remaining.items.every((i) => i.decision.verdict === 'INELIGIBLE')).toBe(true);
  });

  describe('periods and scope', () => {
    it('refuses a source that is not closed, a target that is not open or not later', async () => {
      const admin = h.callerFor('admin');
      const open2027 = await ensurePeriod(h, 2027, 'OPEN');
      await expect(
        admin.carryOver.candidates({ sourcePeriodId: target.id, targetPeriodId: open2027.id }),
      ).rejects.toMatchObject({ appCode: 'CARRY.SOURCE_NOT_CLOSED', params: { year: 2026, state: 'OPEN' } });
      const closed2024 = await ensurePeriod(h, 2024, 'CLOSED');
      await expect(
        admin.carryOver.candidates({ sourcePeriodId: closed2024.id, targetPeriodId: source.id }),
      ).rejects.toMatchObject({ appCode: 'CARRY.TARGET_NOT_OPEN', params: { year: 2025, state: 'CLOSED' } });
      await expect(
        admin.carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: closed2024.id }),
      ).rejects.toMatchObject({ appCode: 'CARRY.TARGET_NOT_LATER' });
    });

    it('keeps an OPERATOR to its own unit subtree and the REGION selection to the ADMIN', async () => {
      const mine = await createPastSubmission(h, { name: 'Milik Dinas A', periodId: source.id });
      const theirs = await createPastSubmission(h, {
        name: 'Milik Dinas B',
        periodId: source.id,
        unitId: h.units.dinasB,
      });
      const listed = await h
        .callerFor('operator')
        .carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: target.id });
      const units = new Set(listed.items.map((i) => i.unit.id));
      expect([...units].every((id) => id === h.units.dinasA || id === h.units.uptdA)).toBe(true);
      expect(listed.items.some((i) => i.innovationId === theirs.innovationId)).toBe(false);

      await expect(carry('otherUnitOperator', [mine.innovationId])).rejects.toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'SCOPE.OUT_OF_SCOPE',
      });
      await expect(
        h.callerFor('otherUnitOperator').carryOver.carry({
          sourcePeriodId: source.id,
          targetPeriodId: target.id,
          selection: { kind: 'UNIT', unitId: h.units.dinasA },
        }),
      ).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
      await expect(
        h.callerFor('operator').carryOver.carry({
          sourcePeriodId: source.id,
          targetPeriodId: target.id,
          selection: { kind: 'REGION' },
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'AUTH.FORBIDDEN' });
      for (const actor of ['verifier', 'viewer'] as const) {
        await expect(carry(actor, [mine.innovationId])).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      // Another region's ADMIN cannot even see region A's periods.
      await expect(carry('otherRegion', [mine.innovationId])).rejects.toMatchObject({
        code: 'FORBIDDEN',
        appCode: 'SCOPE.OUT_OF_SCOPE',
      });
      await expect(
        h
          .callerFor('otherRegion')
          .carryOver.candidates({ sourcePeriodId: source.id, targetPeriodId: target.id }),
      ).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
      // None of the refused calls wrote anything; the operator may carry its own.
      expect(await h.prisma.submission.count({ where: { innovationId: mine.innovationId } })).toBe(1);
      await expect(carry('operator', [mine.innovationId])).resolves.toMatchObject({
        carried: [{ name: 'Milik Dinas A' }],
      });
    });

    it('names an innovation that is not in the source period', async () => {
      const elsewhere = await createPastSubmission(h, { name: 'Hanya 2026', periodId: target.id });
      await expect(carry('admin', [elsewhere.innovationId])).rejects.toMatchObject({
        code: 'NOT_FOUND',
        appCode: 'CARRY.NOT_IN_SOURCE',
        params: { id: elsewhere.innovationId, sourceYear: 2025 },
      });
    });
  });
});
