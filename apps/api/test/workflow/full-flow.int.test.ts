// The whole loop through the procedures: draft -> answers + evidence -> submit -> verdicts -> return -> fix
// (verdict reset) -> resubmit -> approve, with the cached claimed/verified maturity checked against the domain.
import { getEdition, scoreSubmission } from '@inovda/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../harness.ts';
import { createEvidence, readyProfile } from './fixtures.ts';

const pack = getEdition('iga-2026');
if (!pack) throw new Error('iga-2026 missing');

describe('innovation workflow, end to end', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The stored submission's cached scores next to the domain's score of its stored answers. */
  async function scores(submissionId: string) {
    const row = await h.prisma.submission.findUniqueOrThrow({
      where: { id: submissionId },
      include: { answers: { include: { evidence: true } } },
    });
    const expected = scoreSubmission(
      pack!,
      row.answers.map((a) => ({
        code: a.code,
        claimedTier: a.claimedTier,
        verdict: a.verdict,
        verifiedTier: a.verifiedTier,
        hasEvidence: a.evidence.length > 0 || (a.code === '35' && a.links.length > 0),
      })),
    );
    return {
      cached: { claimed: row.claimedMaturityX100, verified: row.verifiedMaturityX100 },
      domain: { claimed: expected.claimedX100, verified: expected.verifiedX100 },
    };
  }

  it('runs draft -> submit -> review -> return -> fix -> resubmit -> approve', async () => {
    const operator = h.callerFor('operator');
    const verifier = h.callerFor('verifier');
    const created = await operator.innovation.create(readyProfile(h));
    const submissionId = created.submission.id;
    expect(created.submission.state).toBe('DRAFT');

    // Mandatory indicators are missing: the domain's readiness blocks submitting.
    await expect(operator.innovation.submit({ submissionId, version: 1 })).rejects.toMatchObject({
      appCode: 'SUBMISSION.NOT_READY',
    });

    const pdf = () => createEvidence(h, 'PDF', h.users.operator.id);
    const answers: Record<string, { id: string; version: number }> = {};
    const setAnswer = async (input: Parameters<typeof operator.answer.set>[0]) => {
      const out = await operator.answer.set(input);
      answers[out.answer.code] = { id: out.answer.id, version: out.answer.version };
      return out;
    };
    const attach = async (code: string, evidenceId: string) => {
      const a = answers[code]!;
      const out = await operator.evidence.attach({ answerId: a.id, evidenceId, version: a.version });
      answers[code] = { id: out.answer.id, version: out.answer.version };
      return out;
    };
    for (const [code, tier] of [
      ['16', 3],
      ['17', 2],
      ['32', 2],
      ['19', 3],
    ] as const) {
      await setAnswer({ submissionId, code, claimedTier: tier });
    }
    // Indicator 33: basis a (beneficiaries), 350 persons -> tier 2 derived by the domain.
    const k33 = await setAnswer({ submissionId, code: '33', basis: 'a', rawValue: '350' });
    expect(k33.answer.claimedTier).toBe(2);
    await expect(setAnswer({ submissionId, code: '18', basis: 'a', claimedTier: 1 })).rejects.toMatchObject({
      appCode: 'ANSWER.BASIS_NOT_EXPECTED',
    });
    // The domain's answer rule (resolveAnswerFields), reported to clients with the ANSWER.* codes and params.
    const v33 = () => answers['33']!.version;
    type AnswerInput = Omit<Parameters<typeof operator.answer.set>[0], 'submissionId'>;
    const refusals: [AnswerInput, string, Record<string, unknown>][] = [
      [{ code: '99', claimedTier: 1 }, 'ANSWER.UNKNOWN_INDICATOR', { code: '99' }],
      [
        { code: '20', claimedTier: 1, links: ['https://example.org/a'] },
        'ANSWER.LINKS_NOT_ALLOWED',
        { code: '20' },
      ],
      [{ code: '33', version: v33(), basis: null, claimedTier: 1 }, 'ANSWER.BASIS_REQUIRED', { code: '33' }],
      [{ code: '33', version: v33(), basis: 'z' }, 'ANSWER.UNKNOWN_BASIS', { code: '33', basis: 'z' }],
      [
        { code: '33', version: v33(), rawValue: '501', claimedTier: 2 },
        'ANSWER.TIER_MISMATCH',
        { code: '33', claimedTier: 2, derivedTier: 3 },
      ],
    ];
    for (const [input, appCode, params] of refusals) {
      await expect(setAnswer({ submissionId, ...input })).rejects.toMatchObject({ appCode, params });
    }
    await setAnswer({
      submissionId,
      code: '35',
      claimedTier: 3,
      links: ['https://www.youtube.com/watch?v=inovasi'],
    });
    for (const code of ['16', '17', '32', '33']) await attach(code, await pdf());
    const png = await createEvidence(h, 'PNG', h.users.operator.id);
    await expect(attach('16', png)).rejects.toMatchObject({ appCode: 'EVIDENCE.KIND_NOT_ALLOWED' });
    await attach('19', png);

    let s = await scores(submissionId);
    expect(s.cached).toEqual({ claimed: s.domain.claimed, verified: 0 });
    // 16:3x3 + 17:2x2 + 32:2x2 + 19:3x2 + 33:2x3 + 35:3x4 = 9+4+4+6+6+12 = 41 points.
    expect(s.cached.claimed).toBe(4100);

    const submitted = await operator.innovation.submit({ submissionId, version: 1 });
    expect(submitted.state).toBe('SUBMITTED');
    await expect(
      operator.answer.set({ submissionId, code: '16', claimedTier: 2, version: answers['16']!.version }),
    ).rejects.toMatchObject({ appCode: 'ANSWER.LOCKED' });

    // Review: verdicts only in review; notes required for downgrade / reject.
    await expect(
      verifier.review.verdict({
        answerId: answers['16']!.id,
        version: answers['16']!.version,
        verdict: 'ACCEPTED',
      }),
    ).rejects.toMatchObject({ appCode: 'REVIEW.NOT_IN_REVIEW' });
    const inReview = await verifier.review.startReview({ submissionId, version: submitted.version });
    const verdict = async (
      code: string,
      v: 'ACCEPTED' | 'DOWNGRADED' | 'REJECTED',
      extra: { verifiedTier?: number; note?: string } = {},
    ) => {
      const a = answers[code]!;
      const out = await verifier.review.verdict({ answerId: a.id, version: a.version, verdict: v, ...extra });
      answers[code] = { id: out.answer.id, version: out.answer.version };
      return out;
    };
    await expect(verdict('17', 'DOWNGRADED', { verifiedTier: 1 })).rejects.toMatchObject({
      appCode: 'VERDICT.NOTE_REQUIRED',
    });
    await verdict('16', 'ACCEPTED');
    await verdict('17', 'DOWNGRADED', { verifiedTier: 1, note: 'SK hanya memuat 8 orang.' });
    await verdict('32', 'REJECTED', { note: 'Dokumen tahapan tidak ada.' });
    await verdict('33', 'ACCEPTED');
    await verdict('35', 'ACCEPTED');
    s = await scores(submissionId);
    // Verified: 16:9 + 17:1x2 + 33:6 + 35:12 = 29 points; 19 pending and 32 rejected count 0.
    expect(s.cached).toEqual(s.domain);
    expect(s.cached.verified).toBe(2900);

    await expect(verifier.review.approve({ submissionId, version: inReview.version })).rejects.toMatchObject({
      appCode: 'WORKFLOW.PRECONDITION',
      params: { reason: 'VERDICTS_PENDING', codes: '19' },
    });
    await expect(
      verifier.review.returnForRevision({ submissionId, version: inReview.version }),
    ).rejects.toMatchObject({ appCode: 'WORKFLOW.PRECONDITION', params: { reason: 'NOTE_REQUIRED' } });
    const returned = await verifier.review.returnForRevision({
      submissionId,
      version: inReview.version,
      note: 'Perbaiki indikator 32.',
    });
    expect(returned.state).toBe('RETURNED');
    const seenByOpd = await operator.innovation.byId({ id: created.id });
    expect(seenByOpd.lastMove).toMatchObject({
      action: 'submission.return_for_revision',
      note: 'Perbaiki indikator 32.',
      actorName: 'User verifier',
    });
    expect(seenByOpd.allowedActions).toEqual(['SUBMIT']);

    // The OPD fixes 32 with a new document: its verdict goes back to PENDING (domain rule); 16 is untouched.
    const fixed = await attach('32', await pdf());
    expect(fixed.verdictReset).toBe(true);
    expect(fixed.answer.verdict).toBe('PENDING');
    const raised = await setAnswer({
      submissionId,
      code: '17',
      claimedTier: 3,
      version: answers['17']!.version,
    });
    expect(raised.verdictReset).toBe(true);
    expect(raised.answer).toMatchObject({ verdict: 'PENDING', verifiedTier: null, verifierNote: null });
    const untouched = await h.prisma.indicatorAnswer.findUniqueOrThrow({ where: { id: answers['16']!.id } });
    expect(untouched.verdict).toBe('ACCEPTED');
    s = await scores(submissionId);
    expect(s.cached).toEqual(s.domain);
    expect(s.cached.verified).toBe(2700);

    const resubmitted = await operator.innovation.submit({ submissionId, version: returned.version });
    const review2 = await verifier.review.startReview({ submissionId, version: resubmitted.version });
    await verdict('17', 'ACCEPTED');
    await verdict('32', 'ACCEPTED');
    await verdict('19', 'DOWNGRADED', { verifiedTier: 2, note: 'Foto tanpa sistem daring.' });
    const approved = await verifier.review.approve({ submissionId, version: review2.version });
    expect(approved.state).toBe('VERIFIED');
    expect(approved.verifiedAt).toBeInstanceOf(Date);

    s = await scores(submissionId);
    expect(s.cached).toEqual(s.domain);
    // Claimed 16:9 17:6 32:4 19:6 33:6 35:12 = 43; verified the same but 19 at tier 2 (4) = 41.
    expect(s.cached).toEqual({ claimed: 4300, verified: 4100 });

    const detail = await h.callerFor('viewer').innovation.byId({ id: created.id, periodId: h.period.id });
    expect(detail.submission?.state).toBe('VERIFIED');
    expect(detail.submission?.answers).toHaveLength(6);
    expect(detail.allowedActions).toEqual([]);
    expect(detail.readiness?.blocking).toBe(false);
    const adminView = await h.callerFor('admin').innovation.byId({ id: created.id });
    expect([...adminView.allowedActions].sort()).toEqual(['MARK_READY', 'REOPEN']);

    const actions = await h.prisma.auditEvent.findMany({
      where: { entityId: submissionId },
      select: { action: true },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'submission.create',
      'submission.submit',
      'submission.start_review',
      'submission.return_for_revision',
      'submission.submit',
      'submission.start_review',
      'submission.approve',
    ]);
  });
});
