// Matrix entries of the innovation workflow routers: innovation, answer, evidence, review, spd, dashboard,
// edition. Region-wide reads allow every role of region A; writes follow the product's roles.
import { allowOnly, type MatrixTable } from './types.ts';

export const innovationEntries: MatrixTable = {
  'dashboard.summary': {
    input: (h) => ({ periodId: h.period.id }),
    expect: allowOnly('admin', 'verifier', 'viewer'),
  },
};
