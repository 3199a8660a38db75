import { describeIssueParam } from '@inovda/domain';
import type { TLanguage } from '../../../i18n/languages';

/** A readiness finding as the domain reports it (`ValidationIssue`). */
export interface TIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly severity: 'ERROR' | 'WARNING';
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The domain's message templates (`ISSUE_MESSAGES`): `{name}` placeholders, Indonesian and English. */
export type TIssueMessages = Readonly<Record<string, { readonly id: string; readonly en: string }>>;

/** One line of the checklist, pointing at what to fix. */
export interface TChecklistItem {
  key: string;
  code: string;
  text: string;
  blocking: boolean;
  /** The SID indicator the issue is about (its card is the place to fix it). */
  indicatorCode?: string;
  /** The profile field the issue is about (dot path, as the profile form names fields). */
  profileField?: string;
}

export interface TChecklist {
  /** ERROR issues: while any is left, the innovation cannot be submitted. */
  blocking: TChecklistItem[];
  /** WARNING issues: worth fixing (they cost points or risk a downgrade) but do not block. */
  advice: TChecklistItem[];
  canSubmit: boolean;
}

/**
 * Fills `{name}` placeholders, keys and codes in words (`waktuPenerapan` -> "Waktu penerapan"); an unknown
 * placeholder stays visible rather than silently vanishing.
 */
export function fillTemplate(template: string, params: TIssue['params'], lng: TLanguage = 'id'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : describeIssueParam(key, value, lng);
  });
}

const INDICATOR_ROOTS = new Set(['indicators', 'answers', 'sid']);

function locate(path: TIssue['path']): Pick<TChecklistItem, 'indicatorCode' | 'profileField'> {
  const [root, next, ...rest] = path;
  if (typeof root === 'string' && INDICATOR_ROOTS.has(root) && next !== undefined)
    return { indicatorCode: String(next) };
  if (root === 'profile')
    return { profileField: [next, ...rest].filter((p) => p !== undefined).join('.') || undefined };
  return {};
}

/**
 * Turns the domain's readiness issues into the checklist the operator reads: blocking items first (in the
 * domain's order), each in the UI language, each pointing at the indicator card or profile field to fix.
 */
export function buildChecklist(
  issues: readonly TIssue[],
  messages: TIssueMessages,
  lng: TLanguage,
  describeUnknown: (code: string) => string,
): TChecklist {
  const items = issues.map((issue, index): TChecklistItem => {
    const template = messages[issue.code]?.[lng];
    return {
      key: `${issue.code}:${issue.path.join('.')}:${index}`,
      code: issue.code,
      text: template ? fillTemplate(template, issue.params, lng) : describeUnknown(issue.code),
      blocking: issue.severity === 'ERROR',
      ...locate(issue.path),
    };
  });
  const blocking = items.filter((item) => item.blocking);
  return { blocking, advice: items.filter((item) => !item.blocking), canSubmit: blocking.length === 0 };
}
