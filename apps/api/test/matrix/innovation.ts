// Matrix entries of the innovation workflow routers: innovation, answer, evidence, review, dashboard. The
// data each call needs is created fresh per call (a mutation may only succeed once).
import { createEvidence, createSubmission, readyProfile } from '../workflow/fixtures.ts';
import { allowOnly, type MatrixTable, SIGNED_IN } from './types.ts';

const editors = allowOnly('admin', 'operator');
const reviewers = allowOnly('admin', 'verifier');
const regionReaders = allowOnly('admin', 'verifier', 'operator', 'viewer');

export const innovationEntries: MatrixTable = {
  'dashboard.summary': {
    input: (h) => ({ periodId: h.period.id }),
    expect: allowOnly('admin', 'verifier', 'viewer'),
  },
  'innovation.list': { input: (h) => ({ periodId: h.period.id }), expect: allowOnly(...SIGNED_IN) },
  'innovation.byId': {
    input: async (h) => ({ id: (await createSubmission(h, 'DRAFT')).innovationId }),
    expect: regionReaders,
  },
  'innovation.create': { input: (h) => readyProfile(h), expect: editors },
  'innovation.update': {
    input: async (h) => ({ id: (await createSubmission(h, 'DRAFT')).innovationId, version: 1, profile: { tujuan: 'Tujuan baru.' } }),
    expect: editors,
  },
  'innovation.submit': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'DRAFT')).submissionId, version: 1 }),
    expect: editors,
  },
  'answer.set': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'DRAFT')).submissionId, code: '19', claimedTier: 1 }),
    expect: editors,
  },
  'evidence.attach': {
    input: async (h) => {
      const { answers } = await createSubmission(h, 'DRAFT');
      return { answerId: answers['16'], evidenceId: await createEvidence(h, 'PDF', h.users.operator.id), version: 1 };
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
    input: async (h) => ({ answerId: (await createSubmission(h, 'IN_REVIEW')).answers['16'], version: 1, verdict: 'ACCEPTED' }),
    expect: reviewers,
  },
  'review.startReview': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'SUBMITTED')).submissionId, version: 1 }),
    expect: reviewers,
  },
  'review.returnForRevision': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'IN_REVIEW')).submissionId, version: 1, note: 'Perbaiki.' }),
    expect: reviewers,
  },
  'review.approve': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'IN_REVIEW', 'ACCEPTED')).submissionId, version: 1 }),
    expect: reviewers,
  },
  'review.reject': {
    input: async (h) => ({ submissionId: (await createSubmission(h, 'IN_REVIEW')).submissionId, version: 1, note: 'Bukan inovasi.' }),
    expect: reviewers,
  },
};
