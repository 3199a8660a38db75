import type { TEditionPack } from '@inovda/domain';
import { z } from 'zod';
import { deriveRowTier } from './spd-rows';

const ZFigure = z.string().trim().max(40, 'form.tooLong');

/** A row's form: the chosen tier (option rows) or the raw figures (numeric rows), and a note. */
export const ZSpdRowFormBase = z.object({
  tier: z.number().int().min(0).max(3),
  t1: ZFigure,
  t2: ZFigure,
  value: ZFigure,
  note: z.string().trim().max(2000, 'form.tooLong'),
});
export type TSpdRowForm = z.infer<typeof ZSpdRowFormBase>;

/**
 * The form's schema for one row. A numeric row must derive a tier with the domain's `deriveSpdTier` (the
 * server runs the same function): its issues (SPD.RAW_MISSING, SPD.RAW_INVALID, SPD.DIVISION_BY_ZERO) land
 * on the figure they concern, as codes the form translates.
 */
export function createSpdRowSchema(edition: TEditionPack, code: string, numeric: boolean) {
  return ZSpdRowFormBase.superRefine((values, ctx) => {
    if (!numeric) return;
    const derived = deriveRowTier(edition, code, { t1: values.t1, t2: values.t2, value: values.value });
    if (derived === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'SPD.RAW_MISSING',
        path: [edition.spd.find((r) => r.code === code)?.derivation?.kind === 'LEVEL' ? 'value' : 't1'],
      });
      return;
    }
    if (!derived.ok) {
      const field = derived.error.path[0];
      ctx.addIssue({
        code: 'custom',
        message: derived.error.code,
        path: [typeof field === 'string' ? field : 't1'],
      });
    }
  });
}

/** The spd.set input for a row's values: raw figures for a numeric row, else the chosen tier. */
export function toSpdInput(
  values: TSpdRowForm,
  numeric: boolean,
  fields: readonly ('t1' | 't2' | 'value')[],
) {
  const note = values.note === '' ? null : values.note;
  if (!numeric) return { tier: values.tier, note };
  return { raw: Object.fromEntries(fields.map((f) => [f, values[f].trim()])), note };
}
