// The verifier's desk of a carried-over innovation (innovation.byId, as the review page reads it): where it was
// carried from with the maturity verified there, the OPD's development note and whether the rule requires it,
// under the same scope checks as every other read (other region and other unit refused).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createPastSubmission, ensurePeriod, MANDATORY_AT_TIER_2_X100 } from './fixtures.ts';

describe('carry-over on the verifier desk', () => {
  let h: Harness;
  let source: { id: string };

  /** Carries a past innovation into the harness's 2026 period as the OPD and submits it (with a note or not). */
  async function carryAndSubmit(name: string, note: string | null) {
    const past = await createPastSubmission(h, { name, periodId: source.id, penerapan: '2022-05-01' });
    const operator = h.callerFor('operator');
    const [carried] = (
      await operator.carryOver.carry({
        sourcePeriodId: source.id,
        targetPeriodId: h.period.id,
        selection: { kind: 'INNOVATIONS', innovationIds: [past.innovationId] },
      })
    ).carried;
    const detail = await operator.innovation.byId({ id: past.innovationId, periodId: h.period.id });
    await operator.innovation.update({
      id: past.innovationId,
      version: detail.version,
      profile: { waktuPengembangan: '2025-08-01' },
    });
    let version = 1;
    if (note !== null) {
      const saved = await operator.carryOver.setDevelopmentNote({
        submissionId: carried!.submissionId,
        version,
        note,
      });
      version = saved.version;
      await operator.innovation.submit({ submissionId: carried!.submissionId, version });
    }
    return { ...past, targetSubmissionId: carried!.submissionId };
  }

  beforeAll(async () => {
    h = await createHarness();
    source = await ensurePeriod(h, 2025, 'CLOSED');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the verifier the source period, its verified maturity and the development note', async () => {
    const note = 'Layanan diperluas dari 3 ke 21 puskesmas dan kini tersedia daring.';
    const item = await carryAndSubmit('Antar Obat Lanjutan', note);
    const verifier = h.callerFor('verifier');
    const desk = await verifier.innovation.byId({ id: item.innovationId, periodId: h.period.id });
    expect(desk).toMatchObject({ archived: false, developmentNoteRequired: true });
    expect(desk.submission).toMatchObject({
      id: item.targetSubmissionId,
      state: 'SUBMITTED',
      developmentNote: note,
      carriedFrom: {
        id: item.submissionId,
        state: 'SENT',
        verifiedMaturityX100: MANDATORY_AT_TIER_2_X100,
        period: { id: source.id, year: 2025, name: 'IID 2025' },
      },
    });
    expect(desk.allowedActions).toContain('START_REVIEW');
    // The ADMIN (Bappeda) reads the same desk.
    const admin = await h
      .callerFor('admin')
      .innovation.byId({ id: item.innovationId, periodId: h.period.id });
    expect(admin.submission?.carriedFrom).toEqual(desk.submission?.carriedFrom);
  });

  it('tells the verifier that a required note is missing, and that the source was never verified', async () => {
    const item = await carryAndSubmit('Posyandu Lanjutan', null);
    // The source's review never finished: its cached verified maturity means nothing.
    await h.prisma.submission.update({ where: { id: item.submissionId }, data: { state: 'IN_REVIEW' } });
    // Readiness keeps the OPD from submitting it without the note; the desk says what is missing.
    const desk = await h
      .callerFor('verifier')
      .innovation.byId({ id: item.innovationId, periodId: h.period.id });
    expect(desk).toMatchObject({ developmentNoteRequired: true });
    expect(desk.submission).toMatchObject({
      developmentNote: null,
      carriedFrom: { state: 'IN_REVIEW', verifiedMaturityX100: null, period: { year: 2025 } },
    });
    expect(desk.readiness?.issues.map((i) => i.code)).toContain('CARRY.DEVELOPMENT_NOTE_REQUIRED');
  });

  it('has no carry-over for an innovation registered in the period', async () => {
    const fresh = await h.callerFor('operator').innovation.create({
      periodId: h.period.id,
      name: 'Inovasi Baru 2026',
      unitId: h.units.dinasA,
      urusan: 'kesehatan',
    });
    const desk = await h.callerFor('verifier').innovation.byId({ id: fresh.id, periodId: h.period.id });
    expect(desk.submission).toMatchObject({ carriedFrom: null, developmentNote: null });
    expect(desk.developmentNoteRequired).toBe(false);
  });

  it('refuses the note and provenance outside the caller scope', async () => {
    const item = await carryAndSubmit('Inovasi Tertutup', 'Dikembangkan.');
    const read = (actor: 'otherRegion' | 'otherUnitOperator' | 'anonymous') =>
      h.callerFor(actor).innovation.byId({ id: item.innovationId, periodId: h.period.id });
    await expect(read('otherRegion')).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    await expect(read('otherUnitOperator')).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    await expect(read('anonymous')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // Never the archived profile document itself.
    const desk = await h
      .callerFor('verifier')
      .innovation.byId({ id: item.innovationId, periodId: h.period.id });
    expect(desk.submission).not.toHaveProperty('profileSnapshot');
  });
});
