// Matrix entries of the national results: the steering roles (ADMIN, VERIFIER, VIEWER) read them; only an
// ADMIN records them, and only in its own region (region B's ADMIN is refused by scope).
import { createSubmission } from '../national/fixtures.ts';
import { allowOnly, type MatrixTable } from './types.ts';

const adminOnly = allowOnly('admin');

export const nationalResultEntries: MatrixTable = {
  'nationalResult.list': {
    input: (h) => ({ periodId: h.period.id }),
    expect: allowOnly('admin', 'verifier', 'viewer'),
  },
  'nationalResult.set': {
    input: async (h) => ({ submissionId: await createSubmission(h), maturityX100: 7000, version: null }),
    expect: adminOnly,
  },
  'nationalResult.clear': {
    input: async (h) => {
      const submissionId = await createSubmission(h);
      const row = await h.prisma.nationalResult.create({
        data: { submissionId, maturityX100: 5000, recordedById: h.users.admin.id },
      });
      return { submissionId, version: row.version };
    },
    expect: adminOnly,
  },
  'nationalResult.setRegion': {
    input: async (h) => {
      const row = await h.prisma.nationalPeriodResult.findUnique({ where: { periodId: h.period.id } });
      return { periodId: h.period.id, iidX100: 5800, predicate: 'INOVATIF', version: row?.version ?? null };
    },
    expect: adminOnly,
  },
};
