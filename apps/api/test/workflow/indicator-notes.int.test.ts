// Issue 9 point 5: the verifier's note on an indicator used to vanish as soon as the operator changed the answer
// (the verdict reset clears `verifierNote`). The history per indicator (verdicts with their note, the operator's
// replies) now stays for the whole period, for both sides, in scope only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createSubmission } from './fixtures.ts';

describe('indicator note history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps the verifier's note after the operator edits the answer, with replies, for both sides", async () => {
    const { submissionId, answers } = await createSubmission(h, 'IN_REVIEW');
    const verifier = h.callerFor('verifier');
    const operator = h.callerFor('operator');
    const answerId = answers['16'];
    if (!answerId) throw new Error('no answer 16');

    await verifier.review.verdict({
      answerId,
      version: 1,
      verdict: 'REJECTED',
      note: 'SK yang diunggah bukan tahun 2025.',
    });
    const sub = await h.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    await verifier.review.returnForRevision({
      submissionId,
      version: sub.version,
      note: 'Perbaiki indikator 16.',
    });

    // The operator changes the answer: the verdict is reset (domain rule), the note used to go with it.
    const saved = await operator.answer.set({ submissionId, code: '16', claimedTier: 1, version: 2 });
    expect(saved.verdictReset).toBe(true);
    expect(saved.answer.verifierNote ?? null).toBeNull();

    await operator.indicatorNote.reply({ submissionId, code: '16', text: 'SK 2025 sudah diunggah ulang.' });

    for (const side of [operator, verifier]) {
      const history = await side.indicatorNote.list({ submissionId });
      const notes = history.filter((n) => n.code === '16');
      expect(notes.map((n) => [n.kind, n.verdict, n.text, n.authorName])).toEqual([
        ['VERDICT', 'REJECTED', 'SK yang diunggah bukan tahun 2025.', 'User verifier'],
        ['REPLY', null, 'SK 2025 sudah diunggah ulang.', 'User operator'],
      ]);
      expect(notes.every((n) => n.createdAt instanceof Date)).toBe(true);
    }
    // Filtered to one indicator.
    expect((await operator.indicatorNote.list({ submissionId, code: '17' })).length).toBe(0);

    const audit = await h.prisma.auditEvent.findFirst({ where: { action: 'indicatorNote.reply' } });
    expect(audit).toMatchObject({ actorId: h.users.operator.id, entity: 'IndicatorNote' });
  });

  it('writes a history entry with every verdict, in the same transaction (a stale verdict writes none)', async () => {
    const { submissionId, answers } = await createSubmission(h, 'IN_REVIEW');
    const verifier = h.callerFor('verifier');
    const answerId = answers['17'] ?? '';
    await verifier.review.verdict({ answerId, version: 1, verdict: 'ACCEPTED' });
    await expect(
      verifier.review.verdict({ answerId, version: 1, verdict: 'REJECTED', note: 'Basi.' }),
    ).rejects.toMatchObject({ appCode: 'EDIT.CONFLICT' });
    const notes = await h.prisma.indicatorNote.findMany({ where: { submissionId } });
    expect(notes.map((n) => [n.code, n.kind, n.verdict])).toEqual([['17', 'VERDICT', 'ACCEPTED']]);
  });

  it('checks role and scope: other units and regions see nothing, verifiers and viewers cannot reply', async () => {
    const { submissionId } = await createSubmission(h, 'RETURNED');
    await expect(h.callerFor('otherUnitOperator').indicatorNote.list({ submissionId })).rejects.toMatchObject(
      {
        appCode: 'SCOPE.OUT_OF_SCOPE',
      },
    );
    await expect(h.callerFor('otherRegion').indicatorNote.list({ submissionId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      h
        .callerFor('otherUnitOperator')
        .indicatorNote.reply({ submissionId, code: '16', text: 'Bukan punya saya' }),
    ).rejects.toMatchObject({ appCode: 'SCOPE.OUT_OF_SCOPE' });
    for (const actor of ['verifier', 'viewer'] as const) {
      await expect(
        h.callerFor(actor).indicatorNote.reply({ submissionId, code: '16', text: 'Balasan' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      h.callerFor('operator').indicatorNote.reply({ submissionId, code: '99', text: 'Tidak ada' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await h.prisma.indicatorNote.count({ where: { submissionId } })).toBe(0);
  });
});
