// Past periods are a read-only archive: every write into a CLOSED or ARCHIVED period is refused on the server
// with PERIOD.ARCHIVED, and an archived submission still shows the profile it assessed after the innovation
// was carried into a new year and edited there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/errors.ts';
import { createHarness, type Harness } from '../harness.ts';
import { createEvidence } from '../workflow/fixtures.ts';
import { createPastSubmission, ensurePeriod } from './fixtures.ts';

describe('archive of past periods', () => {
  let h: Harness;
  let closed: { id: string };
  let archived: { id: string };
  const archivedError = (year: number, state: string) => ({
    code: 'BAD_REQUEST',
    appCode: 'PERIOD.ARCHIVED',
    params: { year, state },
  });

  beforeAll(async () => {
    h = await createHarness();
    closed = await ensurePeriod(h, 2025, 'CLOSED');
    archived = await ensurePeriod(h, 2024, 'ARCHIVED');
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['CLOSED', 2025],
    ['ARCHIVED', 2024],
  ] as const)('refuses the OPD edits of a %s period', async (state, year) => {
    const periodId = state === 'CLOSED' ? closed.id : archived.id;
    const draft = await createPastSubmission(h, {
      name: `Draf ${state}`,
      periodId,
      state: 'DRAFT',
      verdict: 'PENDING',
    });
    const operator = h.callerFor('operator');
    const expected = archivedError(year, state);
    await expect(
      operator.answer.set({ submissionId: draft.submissionId, code: '19', claimedTier: 1 }),
    ).rejects.toMatchObject(expected);
    const evidenceId = await createEvidence(h, 'PDF', h.users.operator.id);
    await expect(
      operator.evidence.attach({ answerId: draft.answers['16']!, evidenceId, version: 1 }),
    ).rejects.toMatchObject(expected);
    await expect(
      operator.evidence.detach({
        answerId: draft.answers['16']!,
        evidenceId: draft.evidence['16']!,
        version: 1,
      }),
    ).rejects.toMatchObject(expected);
    await expect(
      operator.innovation.submit({ submissionId: draft.submissionId, version: 1 }),
    ).rejects.toMatchObject(expected);
    await expect(
      operator.carryOver.setDevelopmentNote({
        submissionId: draft.submissionId,
        version: 1,
        note: 'Catatan.',
      }),
    ).rejects.toMatchObject(expected);
    await expect(
      operator.innovation.update({ id: draft.innovationId, version: 1, profile: { tujuan: 'Diubah.' } }),
    ).rejects.toMatchObject(expected);
    // The message says why, in both languages (the catalogue's words carry no state code).
    expect(renderMessage('PERIOD.ARCHIVED', 'id', expected.params)).toBe(
      `Periode ${year} sudah ditutup atau diarsipkan: datanya hanya dapat dibaca. ` +
        'Lakukan perubahan di periode yang sedang berjalan.',
    );
    await expect(operator.answer.set({ submissionId: draft.submissionId, code: '19' })).rejects.toThrow(
      `The ${year} period is closed or archived: its data is read-only.`,
    );
    const row = await h.prisma.submission.findUniqueOrThrow({ where: { id: draft.submissionId } });
    expect([row.state, row.version, row.developmentNote]).toEqual(['DRAFT', 1, null]);
  });

  it('refuses the verifier and the ADMIN too', async () => {
    const inReview = await createPastSubmission(h, {
      name: 'Ditinjau',
      periodId: closed.id,
      state: 'IN_REVIEW',
      verdict: 'PENDING',
    });
    const verifier = h.callerFor('verifier');
    const expected = archivedError(2025, 'CLOSED');
    await expect(
      verifier.review.verdict({ answerId: inReview.answers['16']!, version: 1, verdict: 'ACCEPTED' }),
    ).rejects.toMatchObject(expected);
    await expect(
      verifier.review.returnForRevision({
        submissionId: inReview.submissionId,
        version: 1,
        note: 'Perbaiki.',
      }),
    ).rejects.toMatchObject(expected);
    await expect(
      verifier.review.reject({ submissionId: inReview.submissionId, version: 1, note: 'Tidak.' }),
    ).rejects.toMatchObject(expected);
    const admin = h.callerFor('admin');
    await expect(
      admin.submission.setIncludeInSend({
        submissionId: inReview.submissionId,
        version: 1,
        includeInSend: false,
      }),
    ).rejects.toMatchObject(expected);
    await expect(
      admin.innovation.create({
        periodId: closed.id,
        name: 'Baru di arsip',
        unitId: h.units.dinasA,
        urusan: 'kesehatan',
      }),
    ).rejects.toMatchObject({ appCode: 'INNOVATION.PERIOD_CLOSED' });
    await expect(admin.spd.set({ periodId: closed.id, code: '12', tier: 2 })).rejects.toMatchObject({
      appCode: 'SPD.PERIOD_LOCKED',
    });
  });

  it('lets the ADMIN only move the state of a closed period, and nothing of an archived one', async () => {
    const admin = h.callerFor('admin');
    const period = await h.prisma.period.findUniqueOrThrow({ where: { id: archived.id } });
    await expect(
      admin.period.update({ id: archived.id, version: period.version, name: 'Nama baru' }),
    ).rejects.toMatchObject(archivedError(2024, 'ARCHIVED'));
    const p2023 = await ensurePeriod(h, 2023, 'CLOSED');
    await expect(
      admin.period.update({ id: p2023.id, version: p2023.version, internalDeadline: new Date('2023-06-01') }),
    ).rejects.toMatchObject(archivedError(2023, 'CLOSED'));
    // The periods form sends every field; unchanged ones do not count as edits.
    await expect(
      admin.period.update({
        id: p2023.id,
        version: p2023.version,
        name: p2023.name,
        internalDeadline: null,
        nationalDeadline: null,
        standardMinMaturityX100: null,
        state: 'ARCHIVED',
      }),
    ).resolves.toMatchObject({ state: 'ARCHIVED' });
  });

  it('shows an archived submission read-only, with the profile it assessed', async () => {
    const past = await createPastSubmission(h, { name: 'Versi 2025', periodId: closed.id });
    const admin = h.callerFor('admin');
    const [carried] = (
      await admin.carryOver.carry({
        sourcePeriodId: closed.id,
        targetPeriodId: h.period.id,
        selection: { kind: 'INNOVATIONS', innovationIds: [past.innovationId] },
      })
    ).carried;
    expect(carried).toBeDefined();
    // In the new year the OPD renames and rewrites the innovation.
    const operator = h.callerFor('operator');
    const current = await operator.innovation.byId({ id: past.innovationId });
    await operator.innovation.update({
      id: past.innovationId,
      version: current.version,
      profile: { name: 'Versi 2026', tujuan: 'Tujuan baru tahun 2026.' },
    });

    const archivedView = await operator.innovation.byId({ id: past.innovationId, periodId: closed.id });
    expect(archivedView).toMatchObject({ archived: true, allowedActions: [], name: 'Versi 2025' });
    expect(archivedView.profile.tujuan).toBe('Mendekatkan layanan obat kepada pasien kronis.');
    expect(archivedView.submission?.period).toMatchObject({ year: 2025, state: 'CLOSED' });
    expect(archivedView.submission).not.toHaveProperty('profileSnapshot');

    const currentView = await operator.innovation.byId({ id: past.innovationId });
    expect(currentView).toMatchObject({ archived: false, name: 'Versi 2026' });
    expect(currentView.submission?.id).toBe(carried!.submissionId);
    expect(currentView.allowedActions).toContain('SUBMIT');
  });
});
