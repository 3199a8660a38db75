// Data for the national-result tests and matrix entries: innovations of region A with a submission in a period,
// in a given workflow state and with given cached claimed / verified maturities (hundredths). Rows are written
// directly: these tests are about what happens after the package was sent, not about reaching SENT.
import type { SubmissionState } from '@inovda/db';
import type { Harness } from '../harness.ts';

let serial = 0;

export interface SubmissionSpec {
  state?: SubmissionState;
  claimedX100?: number;
  verifiedX100?: number;
  urusan?: string;
  periodId?: string;
}

export async function createSubmission(h: Harness, spec: SubmissionSpec = {}): Promise<string> {
  serial += 1;
  const innovation = await h.prisma.innovation.create({
    data: {
      regionId: h.region.id,
      unitId: h.units.dinasA,
      name: `Inovasi Nasional ${String(serial).padStart(3, '0')}`,
      urusan: spec.urusan ?? 'kesehatan',
    },
  });
  const submission = await h.prisma.submission.create({
    data: {
      periodId: spec.periodId ?? h.period.id,
      innovationId: innovation.id,
      state: spec.state ?? 'SENT',
      claimedMaturityX100: spec.claimedX100 ?? 9000,
      verifiedMaturityX100: spec.verifiedX100 ?? 8000,
    },
  });
  return submission.id;
}

/** A fresh period of region A (its own year) in `state`. */
let year = 4000;
export async function createPeriod(h: Harness, state: 'OPEN' | 'CLOSED' | 'ARCHIVED' = 'OPEN') {
  year += 1;
  const period = await h.prisma.period.create({
    data: { regionId: h.region.id, year, name: `IID ${year}`, editionCode: 'iga-2026', state },
  });
  return period.id;
}
