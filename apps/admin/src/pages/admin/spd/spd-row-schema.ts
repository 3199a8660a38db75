import { formatIssueMessage, type TEditionPack, ZTierValue } from '@inovda/domain';
import { z } from 'zod';
import { deriveRowTier, readFigures } from './spd-rows';

const ZFigure = z.string().trim().max(40, 'form.tooLong');

/** A row's form: the chosen tier (option rows) or the raw figures (numeric rows), and a note. */
const ZSpdRowFormBase = z.object({
  tier: ZTierValue,
  t1: ZFigure,
  t2: ZFigure,
  value: ZFigure,
  note: z.string().trim().max(2000, 'form.tooLong'),
});
export type TSpdRowForm = z.infer<typeof ZSpdRowFormBase>;

/**
 * The form's schema for one row. A numeric row must derive a tier with the domain's `deriveSpdTier` (the
 * server runs the same function): its issues (SPD.RAW_MISSING, SPD.DIVISION_BY_ZERO) land on the figure they
 * concern, as codes the form translates; an unreadable figure (NUMBER.*) as the number module's message in
 * `lng`, which says what was typed and how to write it.
 */
export function createSpdRowSchema(
  edition: TEditionPack,
  code: string,
  numeric: boolean,
  lng: 'id' | 'en' = 'id',
) {
  return ZSpdRowFormBase.superRefine((values, ctx) => {
    if (!numeric) return;
    const derived = deriveRowTier(edition, code, { t1: values.t1, t2: values.t2, value: values.value }, lng);
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
      const { code: issueCode, params } = derived.error;
      ctx.addIssue({
        code: 'custom',
        message: issueCode.startsWith('NUMBER.') ? formatIssueMessage(issueCode, params, lng) : issueCode,
        path: [typeof field === 'string' ? field : 't1'],
      });
    }
  });
}

/**
 * The spd.set input for a row's values: raw figures for a numeric row (in machine writing, '2.012' -> '2012',
 * as the server reads them), else the chosen tier.
 */
export function toSpdInput(
  values: TSpdRowForm,
  numeric: boolean,
  fields: readonly ('t1' | 't2' | 'value')[],
  lng: 'id' | 'en' = 'id',
) {
  const note = values.note === '' ? null : values.note;
  if (!numeric) return { tier: values.tier, note };
  const typed = Object.fromEntries(fields.map((f) => [f, values[f]]));
  const read = readFigures(typed, lng);
  // The schema refused unreadable figures before this runs; the server would refuse them again.
  const raw = read.ok ? read.value : Object.fromEntries(fields.map((f) => [f, values[f].trim()]));
  return { raw, note };
}
