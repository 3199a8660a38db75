// Matrix entries of the package router (frozen snapshots): reading and verifying follow the export access rule
// (ADMIN and VIEWER of the region); freezing and marking sent are the ADMIN's. Another region's ADMIN is refused
// by scope (SCOPE.OUT_OF_SCOPE, FORBIDDEN).
import type { Harness } from '../harness.ts';
import { createFrozenSnapshot, createReadyPeriod } from '../package-fixtures.ts';
import { allowOnly, type MatrixTable } from './types.ts';

const readers = allowOnly('admin', 'viewer');
const adminOnly = allowOnly('admin');

/** One snapshot shared by the read-only entries (built on first use). */
const shared = new WeakMap<Harness, Promise<string>>();
function sharedSnapshot(h: Harness): Promise<string> {
  let id = shared.get(h);
  if (!id) {
    id = createFrozenSnapshot(h);
    shared.set(h, id);
  }
  return id;
}

export const packageEntries: MatrixTable = {
  'package.list': { input: (h) => ({ periodId: h.period.id }), expect: readers },
  'package.byId': { input: async (h) => ({ snapshotId: await sharedSnapshot(h) }), expect: readers },
  'package.verify': { input: async (h) => ({ snapshotId: await sharedSnapshot(h) }), expect: readers },
  // Each allowed call needs its own ready period (a freeze needs something READY_TO_SEND).
  'package.freeze': {
    input: async (h, actor) => {
      if (actor !== 'admin') return { periodId: h.period.id, submissionIds: [] };
      const { periodId, submissionId } = await createReadyPeriod(h);
      return { periodId, submissionIds: [submissionId] };
    },
    expect: adminOnly,
  },
  'package.markSent': {
    input: async (h, actor) => ({
      snapshotId: actor === 'admin' ? await createFrozenSnapshot(h) : await sharedSnapshot(h),
    }),
    expect: adminOnly,
  },
};
