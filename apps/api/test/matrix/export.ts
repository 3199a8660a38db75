// Matrix entries of the export router: the package preview is for the ADMIN and the read-only VIEWER of the
// period's region; an ADMIN of another region is refused (SCOPE.OUT_OF_SCOPE, FORBIDDEN).
import { allowOnly, type MatrixTable } from './types.ts';

export const exportEntries: MatrixTable = {
  'export.preview': { input: (h) => ({ periodId: h.period.id }), expect: allowOnly('admin', 'viewer') },
};
