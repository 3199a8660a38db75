// Issue 9 point 4: nobody was told when work moved (only deadline reminders existed). Each move now notifies
// exactly the people who act next: a submission (or resubmission) the region's verifiers; a return, approval,
// rejection or "ready to send" the operators of the innovation's unit (and of the units above it, who may act on
// it). Nothing reaches another unit, another region, or the person who made the move. The texts name the
// innovation and the unit, in Indonesian and English, never an id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from './fixtures.ts';

describe('workflow notifications', () => {
  let h: Harness;
  let verifier2: string;
  let uptdOperator: string;
  let inactiveOperator: string;
  let otherRegionVerifier: string;

  beforeAll(async () => {
    h = await createHarness();
    const user = async (email: string, data: { role: 'OPERATOR' | 'VERIFIER'; unitId?: string }, more = {}) =>
      (
        await h.prisma.user.create({
          data: {
            regionId: h.region.id,
            email,
            name: email,
            passwordHash: 'x',
            role: data.role,
            unitId: data.unitId ?? null,
            ...more,
          },
        })
      ).id;
    verifier2 = await user('verifikator2@uji.inovda.id', { role: 'VERIFIER' }, { locale: 'en' });
    uptdOperator = await user('uptd@uji.inovda.id', { role: 'OPERATOR', unitId: h.units.uptdA });
    inactiveOperator = await user(
      'nonaktif@uji.inovda.id',
      { role: 'OPERATOR', unitId: h.units.dinasA },
      { active: false },
    );
    otherRegionVerifier = (
      await h.prisma.user.create({
        data: {
          regionId: h.otherRegion.id,
          email: 'verif-x@lain.inovda.id',
          name: 'Verifikator Lain',
          passwordHash: 'x',
          role: 'VERIFIER',
        },
      })
    ).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A mark of the notifications written so far. */
  const mark = async () =>
    new Set((await h.prisma.notification.findMany({ select: { id: true } })).map((r) => r.id));
  /** The workflow notifications written since `since` (a mark). */
  async function newSince(since: Set<string>) {
    const rows = await h.prisma.notification.findMany({
      where: { kind: { startsWith: 'workflow.' } },
      orderBy: [{ userId: 'asc' }],
    });
    return rows.filter((r) => !since.has(r.id));
  }
  const version = async (id: string) =>
    (await h.prisma.submission.findUniqueOrThrow({ where: { id } })).version;

  it('tells the verifiers of a submission and a resubmission, the operators of a return and an approval', async () => {
    const { submissionId, innovationId, answers } = await createSubmission(h, 'DRAFT');
    const operator = h.callerFor('operator');
    const verifier = h.callerFor('verifier');
    const admin = h.callerFor('admin');
    const ids = [submissionId, innovationId, h.units.dinasA, ...Object.values(answers)];
    const expectNoIds = (texts: string[]) => {
      for (const text of texts) for (const id of ids) expect(text).not.toContain(id);
    };

    // Submitted: both verifiers of region A, nobody else.
    let since = await mark();
    await operator.innovation.submit({ submissionId, version: 1 });
    let rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind]).sort()).toEqual(
      [
        [h.users.verifier.id, 'workflow.submitted'],
        [verifier2, 'workflow.submitted'],
      ].sort(),
    );
    const toVerifier = rows.find((r) => r.userId === h.users.verifier.id);
    expect(toVerifier?.title).toBe('Inovasi diajukan: Layanan Antar Obat (Unit DINAS-A)');
    expect(toVerifier?.link).toBe(`/review/${innovationId}`);
    // The English-speaking verifier reads it in English; both languages are stored for the UI's switch.
    expect(rows.find((r) => r.userId === verifier2)?.title).toBe(
      'Innovation submitted: Layanan Antar Obat (Unit DINAS-A)',
    );
    expect(toVerifier?.data).toMatchObject({
      submissionId,
      innovationId,
      round: 1,
      text: {
        id: { title: 'Inovasi diajukan: Layanan Antar Obat (Unit DINAS-A)' },
        en: { title: 'Innovation submitted: Layanan Antar Obat (Unit DINAS-A)' },
      },
    });
    expectNoIds(rows.flatMap((r) => [r.title, r.body]));
    expect(rows.every((r) => r.emailStatus === null)).toBe(true); // no e-mail on this server

    // Returned with a note: the operator of Dinas A only (not UPTD A below it, not the inactive one, not Dinas B).
    await verifier.review.startReview({ submissionId, version: await version(submissionId) });
    since = await mark();
    await verifier.review.returnForRevision({
      submissionId,
      version: await version(submissionId),
      note: 'Lengkapi SK inovasi.',
    });
    rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind])).toEqual([[h.users.operator.id, 'workflow.returned']]);
    expect(rows[0]?.title).toBe('Dikembalikan untuk perbaikan: Layanan Antar Obat (Unit DINAS-A)');
    expect(rows[0]?.body).toContain('Lengkapi SK inovasi.');
    expect(rows[0]?.link).toBe(`/innovations/${innovationId}/indicators`);
    expectNoIds(rows.flatMap((r) => [r.title, r.body]));

    // Resubmitted: the verifiers, marked as round 2; the queue shows it too.
    since = await mark();
    await operator.innovation.submit({ submissionId, version: await version(submissionId) });
    rows = await newSince(since);
    expect(rows.map((r) => r.kind)).toEqual(['workflow.resubmitted', 'workflow.resubmitted']);
    expect(rows.find((r) => r.userId === h.users.verifier.id)?.title).toBe(
      'Dikirim ulang (putaran ke-2): Layanan Antar Obat (Unit DINAS-A)',
    );
    const queue = await verifier.innovation.list({ periodId: h.period.id, state: 'SUBMITTED' });
    expect(queue.items.find((i) => i.id === innovationId)?.submission?.submitCount).toBe(2);

    // Approved: the operator.
    await verifier.review.startReview({ submissionId, version: await version(submissionId) });
    for (const answerId of Object.values(answers)) {
      const answer = await h.prisma.indicatorAnswer.findUniqueOrThrow({ where: { id: answerId } });
      await verifier.review.verdict({ answerId, version: answer.version, verdict: 'ACCEPTED' });
    }
    since = await mark();
    await verifier.review.approve({ submissionId, version: await version(submissionId) });
    rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind])).toEqual([[h.users.operator.id, 'workflow.approved']]);

    // Marked ready to send by the ADMIN: the operator.
    since = await mark();
    await admin.submission.markReady({ submissionId, version: await version(submissionId) });
    rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind])).toEqual([[h.users.operator.id, 'workflow.ready']]);
    expect(rows[0]?.title).toBe('Siap dikirim ke pusat: Layanan Antar Obat (Unit DINAS-A)');

    // Never to the other unit, the UPTD below, the inactive operator, the other region, the admin.
    const stray = await h.prisma.notification.count({
      where: {
        kind: { startsWith: 'workflow.' },
        userId: {
          in: [
            h.users.otherUnitOperator.id,
            uptdOperator,
            inactiveOperator,
            otherRegionVerifier,
            h.users.otherRegion.id,
            h.users.admin.id,
            h.users.viewer.id,
          ],
        },
      },
    });
    expect(stray).toBe(0);
  });

  it('tells the operators of a rejection, and the audit of the move is there', async () => {
    const { submissionId } = await createSubmission(h, 'IN_REVIEW');
    const since = await mark();
    await h.callerFor('verifier').review.reject({ submissionId, version: 1, note: 'Bukan inovasi daerah.' });
    const rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind])).toEqual([[h.users.operator.id, 'workflow.rejected']]);
    expect(rows[0]?.body).toContain('Bukan inovasi daerah.');
    expect(rows[0]?.data).toMatchObject({
      text: { en: { title: 'Rejected: Layanan Antar Obat (Unit DINAS-A)' } },
    });
  });

  it("tells the verifier who wrote an indicator's note when the operator replies to it, and nobody else", async () => {
    const { submissionId, innovationId, answers } = await createSubmission(h, 'IN_REVIEW');
    const verifier = h.callerFor('verifier');
    const operator = h.callerFor('operator');
    const answerId = answers['16'];
    if (!answerId) throw new Error('no answer 16');
    await verifier.review.verdict({
      answerId,
      version: 1,
      verdict: 'REJECTED',
      note: 'SK tidak memuat nama inovasi.',
    });
    await verifier.review.returnForRevision({
      submissionId,
      version: await version(submissionId),
      note: 'Perbaiki 16.',
    });

    let since = await mark();
    await operator.indicatorNote.reply({ submissionId, code: '16', text: 'Lampiran SK sudah ditambahkan.' });
    let rows = await newSince(since);
    // Only the verifier who judged indicator 16 (not the second verifier of the region).
    expect(rows.map((r) => [r.userId, r.kind])).toEqual([[h.users.verifier.id, 'workflow.replied']]);
    expect(rows[0]?.title).toBe('Balasan OPD pada indikator 16: Layanan Antar Obat (Unit DINAS-A)');
    expect(rows[0]?.body).toContain('Lampiran SK sudah ditambahkan.');
    expect(rows[0]?.body).toContain('User operator');
    expect(rows[0]?.link).toBe(`/review/${innovationId}#indicator-16`);
    expect(rows[0]?.data).toMatchObject({
      submissionId,
      innovationId,
      text: { en: { title: 'Reply from the unit on indicator 16: Layanan Antar Obat (Unit DINAS-A)' } },
    });
    for (const row of rows)
      for (const id of [submissionId, innovationId, answerId]) expect(row.body).not.toContain(id);

    // A reply on an indicator no verifier has written about goes to the region's verifiers.
    since = await mark();
    await operator.indicatorNote.reply({
      submissionId,
      code: '17',
      text: 'Catatan tambahan untuk verifikator.',
    });
    rows = await newSince(since);
    expect(rows.map((r) => [r.userId, r.kind]).sort()).toEqual(
      [
        [h.users.verifier.id, 'workflow.replied'],
        [verifier2, 'workflow.replied'],
      ].sort(),
    );
    expect(rows.find((r) => r.userId === verifier2)?.title).toBe(
      'Reply from the unit on indicator 17: Layanan Antar Obat (Unit DINAS-A)',
    );
  });

  it('writes nothing when the move fails (stale version)', async () => {
    const { submissionId } = await createSubmission(h, 'IN_REVIEW');
    const before = await h.prisma.notification.count();
    await expect(
      h.callerFor('verifier').review.reject({ submissionId, version: 9, note: 'Basi.' }),
    ).rejects.toMatchObject({ appCode: 'EDIT.CONFLICT' });
    expect(await h.prisma.notification.count()).toBe(before);
  });
});
