import type { IssueParams } from '../issues.ts';
import { CARRY_OVER_MESSAGES } from './carry-over-messages.ts';
import { EVIDENCE_MESSAGES } from './evidence-messages.ts';
import type { IssueMessage } from './message-types.ts';
import { NUMBER_MESSAGES } from './number-messages.ts';
import { PARAM_WORDS } from './param-words.ts';
import { PROFILE_READINESS_MESSAGES } from './profile-messages.ts';
import { RULES_MESSAGES } from './rules-messages.ts';

/**
 * Indonesian and English message templates for every issue and error code of the domain, so the API, the
 * admin and the CLI show the same words. Placeholders `{name}` are filled from the issue's params.
 */
export const ISSUE_MESSAGES: Readonly<Record<string, IssueMessage>> = {
  ...PROFILE_READINESS_MESSAGES,
  ...RULES_MESSAGES,
  ...CARRY_OVER_MESSAGES,
  ...EVIDENCE_MESSAGES,
  ...NUMBER_MESSAGES,
};

/** Language of a message: Bahasa Indonesia first, English second. */
export type MessageLanguage = 'id' | 'en';

/**
 * The message of a code in a language with its placeholders filled (lists joined with ", "). An unknown code
 * gives the code itself; a placeholder without a param stays visible as `{name}`, so gaps show up in review.
 */
export function formatIssueMessage(
  code: string,
  params: IssueParams,
  language: MessageLanguage = 'id',
): string {
  const template = ISSUE_MESSAGES[code]?.[language];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return describeIssueParam(name, value, language);
  });
}

/**
 * One param as words: keys and codes (`waktuPenerapan`, `PENERAPAN`, `['PDF', 'JPEG']`) through their labels,
 * lists joined with ", ", anything else (numbers, dates, names) as it is.
 */
export function describeIssueParam(
  name: string,
  value: string | number | readonly string[],
  language: MessageLanguage = 'id',
): string {
  const words = PARAM_WORDS[name];
  const say = (v: string | number) =>
    words && typeof v === 'string' ? (words[v]?.[language] ?? v) : String(v);
  return typeof value === 'object' ? value.map(say).join(', ') || '-' : say(value);
}
