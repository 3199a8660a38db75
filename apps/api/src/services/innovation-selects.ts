// The shapes in which innovations leave the API (defined once, never a raw row).
import type { Prisma } from '@inovda/db';
import { isStateIn, VERIFIED_STATES } from '@inovda/domain';
import { answerSelect } from './answer-selects.ts';
import { innovationColumnsSelect } from './innovation-profile.ts';

const unitSelect = { select: { id: true, name: true, short: true, kind: true } } as const;

export const submissionSummarySelect = {
  id: true,
  state: true,
  includeInSend: true,
  claimedMaturityX100: true,
  verifiedMaturityX100: true,
  submittedAt: true,
  verifiedAt: true,
  submitCount: true,
  version: true,
  period: { select: { id: true, year: true, editionCode: true, state: true, internalDeadline: true } },
} as const satisfies Prisma.SubmissionSelect;

export function innovationListSelect(periodId: string | undefined) {
  return {
    id: true,
    name: true,
    urusan: true,
    tahapan: true,
    jenis: true,
    version: true,
    updatedAt: true,
    unit: unitSelect,
    submissions: {
      where: periodId ? { periodId } : undefined,
      orderBy: { period: { year: 'desc' } },
      take: 1,
      select: { ...submissionSummarySelect, profileSnapshot: true },
    },
  } as const satisfies Prisma.InnovationSelect;
}

export const innovationDetailSelect = {
  id: true,
  regionId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  unit: unitSelect,
  ...innovationColumnsSelect,
} as const satisfies Prisma.InnovationSelect;

export const submissionDetailSelect = {
  ...submissionSummarySelect,
  developmentNote: true,
  profileSnapshot: true,
  carriedFrom: {
    select: {
      id: true,
      state: true,
      verifiedMaturityX100: true,
      period: { select: { id: true, year: true, name: true } },
    },
  },
  answers: { select: answerSelect, orderBy: { code: 'asc' } },
} as const satisfies Prisma.SubmissionSelect;

type CarriedFromRow = Prisma.SubmissionGetPayload<{
  select: { carriedFrom: (typeof submissionDetailSelect)['carriedFrom'] };
}>['carriedFrom'];

/**
 * The submission a carried-over one came from, for the OPD's profile page and the verifier's desk: its period
 * and its verified maturity there (hundredths), null when that submission never finished verification.
 */
export function shapeCarriedFrom(row: CarriedFromRow) {
  if (!row) return null;
  const { verifiedMaturityX100, ...rest } = row;
  return {
    ...rest,
    verifiedMaturityX100: isStateIn(VERIFIED_STATES, row.state) ? verifiedMaturityX100 : null,
  };
}
