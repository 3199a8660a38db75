import type { TFunction } from 'i18next';

/** What react-hook-form keeps of a zod issue: its code (`type`) and the schema's message. */
export interface TFieldIssue {
  type?: string | number;
  message?: string;
}

const ENGLISH_BY_CODE: Record<string, string> = {
  too_small: 'validation.tooSmall',
  too_big: 'validation.tooBig',
  invalid_type: 'validation.invalidType',
  invalid_format: 'validation.invalidFormat',
  invalid_value: 'validation.invalidValue',
  custom: 'validation.invalid',
};

/**
 * The text under a field. The shared zod schemas carry Indonesian messages (they are the server's too), which
 * are shown as they are in Indonesian; in English the message is rebuilt from the issue code and the field's
 * label, so no Indonesian sentence appears in the English UI.
 */
export function describeFieldIssue(issue: TFieldIssue | undefined, label: string, lng: string, t: TFunction) {
  if (!issue) return undefined;
  if (lng === 'id' && issue.message) return issue.message;
  const key = ENGLISH_BY_CODE[String(issue.type)];
  if (key) return t(key, { ns: 'common', label });
  return issue.message || t('validation.invalid', { ns: 'common', label });
}
