import { z } from 'zod';
import { parseScoreX100 } from '../score-input';

/** Period states, as the Prisma enum `PeriodState`. */
export const PERIOD_STATES = ['PLANNING', 'OPEN', 'REVIEW', 'CLOSED', 'ARCHIVED'] as const;
export type TPeriodState = (typeof PERIOD_STATES)[number];

/** Highest maturity an innovation can reach (reference §3.4: 111 points), in hundredths. */
const MAX_MATURITY_X100 = 11100;

/** Messages are keys of the `admin` namespace; the form translates them where they are shown. */
export const ZPeriodForm = z
  .object({
    year: z
      .number({ error: 'form.required' })
      .int('form.wholeNumber')
      .min(2000, 'form.yearRange')
      .max(2100, 'form.yearRange'),
    name: z.string().trim().min(1, 'form.required').max(100, 'form.tooLong'),
    editionCode: z.string().min(1, 'form.required'),
    state: z.enum(PERIOD_STATES),
    internalDeadline: z.date().nullable(),
    nationalDeadline: z.date().nullable(),
    /** Typed as text ('90' or '90,5'); empty means no region standard. */
    standardMinMaturity: z
      .string()
      .trim()
      .refine((text) => text === '' || parseScoreX100(text) !== null, 'form.scoreFormat')
      .refine((text) => text === '' || (parseScoreX100(text) ?? 0) <= MAX_MATURITY_X100, 'form.scoreMax'),
  })
  .refine(
    (v) =>
      !v.internalDeadline ||
      !v.nationalDeadline ||
      v.internalDeadline.getTime() <= v.nationalDeadline.getTime(),
    { message: 'form.deadlineOrder', path: ['internalDeadline'] },
  );
export type TPeriodForm = z.infer<typeof ZPeriodForm>;

/** The values as the API takes them: the standard in exact hundredths, null when not set. */
export function toPeriodInput(values: TPeriodForm) {
  const { standardMinMaturity, ...rest } = values;
  return {
    ...rest,
    standardMinMaturityX100: standardMinMaturity === '' ? null : parseScoreX100(standardMinMaturity),
  };
}
