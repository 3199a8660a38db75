// Matrix entries of carryOver.*: the past year is region A's CLOSED 2025 period, the target the harness's OPEN
// 2026 period. Each carry gets a fresh innovation of Dinas A in 2025 (a carry succeeds once per innovation).
import { createPastSubmission, ensurePeriod } from '../carry-over/fixtures.ts';
import type { Harness } from '../harness.ts';
import { createSubmission } from '../workflow/fixtures.ts';
import { allowOnly, type MatrixTable } from './types.ts';

let counter = 0;
const periods = async (h: Harness) => ({
  sourcePeriodId: (await ensurePeriod(h, 2025, 'CLOSED')).id,
  targetPeriodId: h.period.id,
});

export const carryOverEntries: MatrixTable = {
  // An operator of another unit may look: it sees only its own unit's innovations (none here).
  'carryOver.candidates': {
    input: (h) => periods(h),
    expect: allowOnly('admin', 'operator', 'otherUnitOperator'),
  },
  'carryOver.carry': {
    input: async (h) => {
      counter += 1;
      const past = await createPastSubmission(h, {
        name: `Bawa ${counter}`,
        periodId: (await periods(h)).sourcePeriodId,
      });
      return {
        ...(await periods(h)),
        selection: { kind: 'INNOVATIONS', innovationIds: [past.innovationId] },
      };
    },
    expect: allowOnly('admin', 'operator'),
  },
  'carryOver.setDevelopmentNote': {
    input: async (h) => ({
      submissionId: (await createSubmission(h, 'DRAFT')).submissionId,
      version: 1,
      note: 'Cakupan layanan diperluas.',
    }),
    expect: allowOnly('admin', 'operator'),
  },
};
