// What innovation.create and the bulk import of innovations share: the input schema (the periods that accept
// new innovations are the domain's isPeriodOpen).
import { ZInnovationProfileDraft } from '@inovda/domain';
import { z } from 'zod';

/** The input of innovation.create; the bulk import checks its rows with the same schema. */
export const ZInnovationCreate = ZInnovationProfileDraft.required({
  name: true,
  unitId: true,
  urusan: true,
}).extend({
  periodId: z.string().min(1),
});
