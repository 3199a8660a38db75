import type { TEditionPack } from '../editions/schema.ts';
import { type ValidationIssue, createIssue } from '../issues.ts';
import { eligibilityWindowFor } from '../profile/eligibility.ts';
import {
  type CarryOverOptions,
  type DevelopmentNoteInput,
  isDevelopmentNoteRequired,
} from './decide-carry-over.ts';

/** Longest development note kept (characters), so that it fits the national form's text fields. */
export const DEVELOPMENT_NOTE_MAX_LENGTH = 4000;

/**
 * Readiness check of the development note: `CARRY.DEVELOPMENT_NOTE_REQUIRED` (ERROR, params from/to of the
 * window) when `isDevelopmentNoteRequired` and the note is empty or blank. Whether the development date itself
 * is inside the window is the profile's eligibility check (`PROFILE.DEVELOPMENT_DATE_REQUIRED`,
 * `PROFILE.OUTSIDE_ELIGIBILITY_WINDOW`, `PROFILE.SUBMISSION_LIMIT_REACHED`).
 */
export function checkDevelopmentNote(
  edition: TEditionPack,
  input: DevelopmentNoteInput & { readonly developmentNote: string | null },
  options: { readonly assessmentYear: number } & CarryOverOptions,
): ValidationIssue[] {
  if (!isDevelopmentNoteRequired(edition, input, options)) return [];
  if ((input.developmentNote ?? '').trim() !== '') return [];
  const window = eligibilityWindowFor(edition, options.assessmentYear);
  return [createIssue('CARRY.DEVELOPMENT_NOTE_REQUIRED', ['developmentNote'], 'ERROR', { ...window })];
}
