import { parseX100Input, SCORE_INPUT } from '@inovda/domain';
import { z } from 'zod';

/** Period states, as the Prisma enum `PeriodState`. */
const PERIOD_STATES = ['PLANNING', 'OPEN', 'REVIEW', 'CLOSED', 'ARCHIVED'] as const;
export type TPeriodState = (typeof PERIOD_STATES)[number];

/** The server accepts a region standard up to 100.00 points (period router), in hundredths. */
const MAX_STANDARD_X100 = 10000;

/**
 * The state changes the server allows (apps/api period router, PERIOD_TRANSITIONS): forward through the year,
 * REVIEW may reopen, CLOSED may go back to REVIEW. Offering only these saves a round trip to an error.
 */
export const PERIOD_NEXT_STATES: Record<TPeriodState, readonly TPeriodState[]> = {
  PLANNING: ['OPEN'],
  OPEN: ['REVIEW'],
  REVIEW: ['OPEN', 'CLOSED'],
  CLOSED: ['REVIEW', 'ARCHIVED'],
  ARCHIVED: [],
};

/** Messages are keys of the `admin` namespace; the form translates them where they are shown. */
export const ZPeriodForm = z
  .object({
    year: z
      .number({ error: 'form.required' })
      .int('form.wholeNumber')
      .min(2000, 'form.yearRange')
      .max(2100, 'form.yearRange'),
    name: z.string().trim().min(2, 'form.tooShort').max(200, 'form.tooLong'),
    editionCode: z.string().min(1, 'form.required'),
    state: z.enum(PERIOD_STATES),
    internalDeadline: z.date().nullable(),
    nationalDeadline: z.date().nullable(),
    /** Typed as text ('90' or '90,5'); empty means no region standard. */
    standardMinMaturity: z
      .string()
      .trim()
      .refine((text) => text === '' || parseX100Input(text, SCORE_INPUT) !== null, 'form.scoreFormat')
      .refine(
        (text) => text === '' || (parseX100Input(text, SCORE_INPUT) ?? 0) <= MAX_STANDARD_X100,
        'form.scoreMax',
      ),
  })
  .refine(
    (v) =>
      !v.internalDeadline ||
      !v.nationalDeadline ||
      v.internalDeadline.getTime() < v.nationalDeadline.getTime(),
    { message: 'form.deadlineOrder', path: ['internalDeadline'] },
  );
export type TPeriodForm = z.infer<typeof ZPeriodForm>;

/** The values as the API takes them: the standard in exact hundredths, null when not set. */
export function toPeriodInput(values: TPeriodForm) {
  const { standardMinMaturity, ...rest } = values;
  return {
    ...rest,
    standardMinMaturityX100:
      standardMinMaturity === '' ? null : parseX100Input(standardMinMaturity, SCORE_INPUT),
  };
}
