// Matrix entries of the innovation workflow routers: innovation, answer, evidence, review, submission, spd,
// dashboard, edition. The
// data each call needs is created fresh per call (a mutation may only succeed once).
import { createReadyPeriod } from '../package-fixtures.ts';
import { createEvidence, createSubmission, readyProfile } from '../workflow/fixtures.ts';
import { allowOnly, type MatrixTable, SIGNED_IN } from './types.ts';

const editors = allowOnly('admin', 'operator');
const reviewers = allowOnly('admin', 'verifier');
const regionReaders = allowOnly('admin', 'verifier', 'operator', 'viewer');
const steering = allowOnly('admin', 'verifier', 'viewer');
const adminOnly = allowOnly('admin');
let editionCounter = 0;

export const innovationEntries: MatrixTable = {
  'dashboard.summary': {
    input: (h) => ({ periodId: h.period.id }),
    expect: allowOnly('admin', 'verifier', 'viewer'),
  },
  'dashboard.plan': { input: (h) => ({ periodId: h.period.id }), expect: steering },
  'dashboard.evidence': { input: (h) => ({ periodId: h.period.id }), expect: steering },
  'edition.list': { expect: allowOnly(...SIGNED_IN) },
  'edition.byCode': { input: () => ({ code: 'iga-2026' }), expect: allowOnly(...SIGNED_IN) },
  // Another region's ADMIN creates the edition in its own region: allowed.
  'edition.createCustom': {
    input: () => ({ baseCode: 'iga-2026', code: `pati-${(editionCounter += 1)}`, name: 'Edisi Pati' }),
    expect: allowOnly('admin', 'otherRegion'),
  },
  'spd.list': { input: (h) => ({ periodId: h.period.id }), expect: steering },
  'spd.set': { input: (h) => ({ periodId: h.period.id, code: '12', tier: 2 }), expect: adminOnly },
  'submission.markReady': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'VERIFIED', 'ACCEPTED')).submissionId,
      version: 1,
    }),
    expect: adminOnly,
  },
  'submission.unmarkReady': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'READY_TO_SEND', 'ACCEPTED')).submissionId,
      version: 1,
    }),
    expect: adminOnly,
  },
  'submission.setIncludeInSend': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'VERIFIED', 'ACCEPTED')).submissionId,
      version: 1,
      includeInSend: false,
    }),
    expect: adminOnly,
  },
  'submission.sendCandidates': { input: (h) => ({ periodId: h.period.id }), expect: adminOnly },
  'submission.setReadyMany': {
    input: async (h) => ({
      periodId: h.period.id,
      move: 'MARK_READY',
      items: [{ submissionId: (await createSubmission(h, 'VERIFIED', 'ACCEPTED')).submissionId, version: 1 }],
    }),
    expect: adminOnly,
  },
  'submission.bestSetPreview': { input: (h) => ({ periodId: h.period.id }), expect: adminOnly },
  // Each allowed call confirms a fresh preview of a period of its own.
  'submission.applyBestSet': {
    input: async (h, actor) => {
      if (actor !== 'admin') return { periodId: h.period.id, token: 'x' };
      const { periodId } = await createReadyPeriod(h);
      const preview = await h.callerFor('admin').submission.bestSetPreview({ periodId });
      return { periodId, token: preview.token };
    },
    expect: adminOnly,
  },
  'innovation.list': { input: (h) => ({ periodId: h.period.id }), expect: allowOnly(...SIGNED_IN) },
  'innovation.byId': {
    input: async (h) => ({ id: (await createSubmission(h, 'DRAFT')).innovationId }),
    expect: regionReaders,
  },
  'innovation.create': { input: (h) => readyProfile(h), expect: editors },
  'innovation.update': {
    input: async (h) => ({
      id: (await createSubmission(h, 'DRAFT')).innovationId,
      version: 1,
      profile: { tujuan: 'Tujuan baru.' },
    }),
    expect: editors,
  },
  'innovation.submit': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'DRAFT')).submissionId, version: 1 }),
    expect: editors,
  },
  'answer.set': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'DRAFT')).submissionId,
      code: '19',
      claimedTier: 1,
    }),
    expect: editors,
  },
  // Uploaded by the operator of Dinas A: it and the region-wide roles reach it.
  'evidence.pageText': {
    input: async (h) => ({ evidenceId: await createEvidence(h, 'PDF', h.users.operator.id), page: 1 }),
    expect: regionReaders,
  },
  'evidence.searchText': { input: () => ({ query: 'keputusan bupati' }), expect: allowOnly(...SIGNED_IN) },
  'evidence.attach': {
    input: async (h) => {
      const { answers } = await createSubmission(h, 'DRAFT');
      return {
        answerId: answers['16'],
        evidenceId: await createEvidence(h, 'PDF', h.users.operator.id),
        version: 1,
      };
    },
    expect: editors,
  },
  'evidence.detach': {
    input: async (h) => {
      const { answers } = await createSubmission(h, 'DRAFT');
      const link = await h.prisma.answerEvidence.findFirstOrThrow({ where: { answerId: answers['16'] } });
      return { answerId: link.answerId, evidenceId: link.evidenceId, version: 1 };
    },
    expect: editors,
  },
  'review.verdict': {
    input: async (h) => ({
      answerId: (await createSubmission(h, 'IN_REVIEW')).answers['16'],
      version: 1,
      verdict: 'ACCEPTED',
    }),
    expect: reviewers,
  },
  'review.startReview': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'SUBMITTED')).submissionId, version: 1 }),
    expect: reviewers,
  },
  'review.returnForRevision': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'IN_REVIEW')).submissionId,
      version: 1,
      note: 'Perbaiki.',
    }),
    expect: reviewers,
  },
  'review.approve': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'IN_REVIEW', 'ACCEPTED')).submissionId,
      version: 1,
    }),
    expect: reviewers,
  },
  'review.reject': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'IN_REVIEW')).submissionId,
      version: 1,
      note: 'Bukan inovasi.',
    }),
    expect: reviewers,
  },
  'indicatorNote.list': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'RETURNED')).submissionId }),
    expect: allowOnly('admin', 'verifier', 'operator', 'viewer'),
  },
  'indicatorNote.reply': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'RETURNED')).submissionId,
      code: '16',
      text: 'Sudah diperbaiki.',
    }),
    expect: allowOnly('admin', 'operator'),
  },
};
