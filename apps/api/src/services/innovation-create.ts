// What innovation.create and the bulk import of innovations share: the periods that accept new innovations and
// the input schema.
import { ZInnovationProfileDraft } from '@inovda/domain';
import { z } from 'zod';

/** Period states that accept new innovations (innovation.create and the bulk import). */
export const OPEN_PERIOD_STATES: ReadonlySet<string> = new Set(['PLANNING', 'OPEN']);

/** The input of innovation.create; the bulk import checks its rows with the same schema. */
export const ZInnovationCreate = ZInnovationProfileDraft.required({
  name: true,
  unitId: true,
  urusan: true,
}).extend({
  periodId: z.string().min(1),
});
